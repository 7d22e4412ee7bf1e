import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124182229 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_ledger_entry" drop constraint if exists "rebate_ledger_entry_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "rebate_account" drop constraint if exists "rebate_account_customer_id_currency_code_unique";`
    )
    this.addSql(
      `create table if not exists "rebate_account" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "pending" numeric not null default 0, "available" numeric not null default 0, "held" numeric not null default 0, "paid_out" numeric not null default 0, "redeemed" numeric not null default 0, "expired" numeric not null default 0, "lifetime_earned" numeric not null default 0, "metadata" jsonb null, "raw_pending" jsonb not null default '{"value":"0","precision":20}', "raw_available" jsonb not null default '{"value":"0","precision":20}', "raw_held" jsonb not null default '{"value":"0","precision":20}', "raw_paid_out" jsonb not null default '{"value":"0","precision":20}', "raw_redeemed" jsonb not null default '{"value":"0","precision":20}', "raw_expired" jsonb not null default '{"value":"0","precision":20}', "raw_lifetime_earned" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_account_deleted_at" ON "rebate_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_account_customer_id_currency_code_unique" ON "rebate_account" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_account_currency_code" ON "rebate_account" ("currency_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_ledger_entry" ("id" text not null, "account_id" text not null, "customer_id" text not null, "currency_code" text not null, "type" text check ("type" in ('accrue', 'settle', 'void', 'clawback', 'hold', 'pay', 'release', 'redeem', 'expire', 'adjust', 'reversal')) not null, "bucket_from" text check ("bucket_from" in ('pending', 'available', 'held', 'paid_out', 'redeemed', 'expired')) null, "bucket_to" text check ("bucket_to" in ('pending', 'available', 'held', 'paid_out', 'redeemed', 'expired')) null, "amount" numeric not null, "earned_delta" numeric not null default 0, "idempotency_key" text not null, "pending_id" text null, "reversal_of_id" text null, "order_id" text null, "reward_id" text null, "campaign_id" text null, "withdrawal_id" text null, "reason" text null, "actor_type" text null, "actor_id" text null, "metadata" jsonb null, "raw_amount" jsonb not null, "raw_earned_delta" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_ledger_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_ledger_entry_deleted_at" ON "rebate_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_ledger_entry_idempotency_key_unique" ON "rebate_ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_ledger_entry_account_id_created_at" ON "rebate_ledger_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_ledger_entry_pending_id" ON "rebate_ledger_entry" ("pending_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_ledger_entry_reversal_of_id" ON "rebate_ledger_entry" ("reversal_of_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_ledger_entry_order_id" ON "rebate_ledger_entry" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_ledger_entry_customer_id_created_at" ON "rebate_ledger_entry" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_account" cascade;`)

    this.addSql(`drop table if exists "rebate_ledger_entry" cascade;`)
  }
}
