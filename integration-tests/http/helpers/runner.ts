import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's integration test runner on a copy of the database `npm test` migrated once
 * (scripts/test-db-template.mjs, REBATE_TEST_DB_TEMPLATE): the suite's database is created as
 * `CREATE DATABASE ... TEMPLATE`, so the runner's migrations and link sync find nothing to do.
 * Without the variable (jest started by hand) the runner migrates as usual.
 */
export function rebateIntegrationTestRunner(options: RunnerOptions) {
  const template = process.env.REBATE_TEST_DB_TEMPLATE
  if (!template) return medusaIntegrationTestRunner(options)
  const dbName = `medusa_rebates_suite_${Date.now().toString(36)}_${process.pid}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await cloneTemplate(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

async function cloneTemplate(template: string, dbName: string) {
  const client = new Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(`drop database if exists "${dbName}"`)
    // Suites in other jest workers clone the same template: PostgreSQL refuses a copy while
    // another session is connected to it, so a refused clone is tried again shortly after.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`create database "${dbName}" template "${template}"`)
        return
      } catch (error) {
        if (!/being accessed by other users/.test(String(error)) || attempt >= 20) throw error
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
      }
    }
  } finally {
    await client.end()
  }
}
