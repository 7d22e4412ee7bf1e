import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202041025 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_expiry_notice" drop constraint if exists "rebate_expiry_notice_account_id_unique";`
    )
    this.addSql(
      `create table if not exists "rebate_expiry_notice" ("id" text not null, "account_id" text not null, "noticed_until" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_expiry_notice_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_expiry_notice_account_id_unique" ON "rebate_expiry_notice" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_expiry_notice_deleted_at" ON "rebate_expiry_notice" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_expiry_notice" cascade;`)
  }
}
