import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124191950 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_reward" drop constraint if exists "rebate_reward_order_id_line_item_id_campaign_id_beneficiary_role_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "rebate_order" drop constraint if exists "rebate_order_order_id_unique";`
    )
    this.addSql(
      `create table if not exists "rebate_order" ("id" text not null, "order_id" text not null, "customer_id" text null, "currency_code" text not null, "line_paid_totals" jsonb not null, "placed_at" timestamptz not null, "paid_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "canceled_at" timestamptz null, "window_starts_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_order_order_id_unique" ON "rebate_order" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_order_deleted_at" ON "rebate_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_order_customer_id" ON "rebate_order" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_reward" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "campaign_id" text not null, "beneficiary_role" text check ("beneficiary_role" in ('buyer', 'inviter', 'invitee', 'level1', 'level2')) not null, "customer_id" text not null, "buyer_id" text null, "currency_code" text not null, "quantity" integer not null, "base_amount" numeric not null, "amount" numeric not null, "reversed_amount" numeric not null default 0, "rule" jsonb not null, "status" text check ("status" in ('pending', 'settled', 'voided', 'reversed')) not null default 'pending', "accrue_entry_id" text not null, "settlement_window_days" integer not null, "settles_at" timestamptz null, "held" boolean not null default false, "settled_at" timestamptz null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "raw_reversed_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_reward_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_reward_deleted_at" ON "rebate_reward" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_reward_order_id_line_item_id_campaign_id_beneficiary_role_customer_id_unique" ON "rebate_reward" ("order_id", "line_item_id", "campaign_id", "beneficiary_role", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_reward_customer_id_created_at" ON "rebate_reward" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_reward_settles_at" ON "rebate_reward" ("settles_at") WHERE status = 'pending' AND held = false AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_order" cascade;`)

    this.addSql(`drop table if exists "rebate_reward" cascade;`)
  }
}
