import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201193856 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_sync_failure" drop constraint if exists "rebate_sync_failure_order_id_unique";`
    )
    this.addSql(
      `create table if not exists "rebate_sync_failure" ("id" text not null, "order_id" text not null, "source" text not null, "error" text not null, "attempts" integer not null default 0, "first_failed_at" timestamptz not null, "last_failed_at" timestamptz not null, "next_retry_at" timestamptz null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_sync_failure_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_sync_failure_order_id_unique" ON "rebate_sync_failure" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_sync_failure_deleted_at" ON "rebate_sync_failure" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_sync_failure_next_retry_at" ON "rebate_sync_failure" ("next_retry_at") WHERE resolved_at IS NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_sync_failure" cascade;`)
  }
}
