import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201234222 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_ledger_entry_created_at" ON "rebate_ledger_entry" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_reward_created_at" ON "rebate_reward" ("created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_rebate_ledger_entry_created_at";`)

    this.addSql(`drop index if exists "IDX_rebate_reward_created_at";`)
  }
}
