// Medusa's runners load the module's DML entities once per file; clear MikroORM's global metadata so
// one file's entities never leak into the next.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
