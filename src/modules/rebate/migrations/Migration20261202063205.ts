import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202063205 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_redemption" drop constraint if exists "rebate_redemption_cart_id_unique";`
    )
    this.addSql(
      `alter table if exists "rebate_adjustment_request" drop constraint if exists "rebate_adjustment_request_idempotency_key_unique";`
    )
    this.addSql(
      `create table if not exists "rebate_adjustment_request" ("id" text not null, "account_id" text not null, "customer_id" text not null, "currency_code" text not null, "amount" numeric not null, "reason" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "requested_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "decision_reason" text null, "entry_id" text null, "idempotency_key" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_adjustment_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_adjustment_request_deleted_at" ON "rebate_adjustment_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_adjustment_request_idempotency_key_unique" ON "rebate_adjustment_request" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_adjustment_request_account_id_created_at" ON "rebate_adjustment_request" ("account_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_adjustment_request_status_created_at" ON "rebate_adjustment_request" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_redemption" ("id" text not null, "account_id" text not null, "customer_id" text not null, "cart_id" text not null, "currency_code" text not null, "amount" numeric not null, "status" text check ("status" in ('held', 'redeemed', 'released')) not null default 'held', "hold_entry_id" text not null, "credit_line_id" text null, "order_id" text null, "expires_at" timestamptz not null, "redeemed_at" timestamptz null, "released_at" timestamptz null, "release_reason" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_redemption_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_redemption_deleted_at" ON "rebate_redemption" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_redemption_cart_id_unique" ON "rebate_redemption" ("cart_id") WHERE status = 'held' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_redemption_status_expires_at" ON "rebate_redemption" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_redemption_customer_id_created_at" ON "rebate_redemption" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_redemption_order_id" ON "rebate_redemption" ("order_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_report_export" ("id" text not null, "kind" text not null, "filters" jsonb not null, "status" text check ("status" in ('pending', 'running', 'done', 'failed')) not null default 'pending', "rows_total" integer null, "rows_done" integer not null default 0, "file_id" text null, "file_url" text null, "filename" text null, "error" text null, "created_by" text null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_report_export_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_report_export_deleted_at" ON "rebate_report_export" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_report_export_created_at" ON "rebate_report_export" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "rebate_campaign" add column if not exists "funding" text check ("funding" in ('platform', 'merchant')) not null default 'platform';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_adjustment_request" cascade;`)

    this.addSql(`drop table if exists "rebate_redemption" cascade;`)

    this.addSql(`drop table if exists "rebate_report_export" cascade;`)

    this.addSql(`alter table if exists "rebate_campaign" drop column if exists "funding";`)
  }
}
