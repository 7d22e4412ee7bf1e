import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124184021 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "rebate_campaign" ("id" text not null, "name" text not null, "description" text null, "type" text check ("type" in ('percentage', 'tiered', 'fixed', 'referral', 'distribution')) not null, "status" text check ("status" in ('draft', 'active', 'paused', 'ended')) not null default 'draft', "priority" integer not null default 0, "stacking" text check ("stacking" in ('stack', 'exclusive')) not null default 'stack', "starts_at" timestamptz null, "ends_at" timestamptz null, "conditions" jsonb not null default '{}', "reward" jsonb not null, "caps" jsonb not null default '{}', "settlement_window_days" integer null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_campaign_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_campaign_deleted_at" ON "rebate_campaign" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_campaign_status" ON "rebate_campaign" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_campaign_type" ON "rebate_campaign" ("type") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_campaign" cascade;`)
  }
}
