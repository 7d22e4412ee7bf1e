import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202033938 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_withdrawal" drop constraint if exists "rebate_withdrawal_idempotency_key_unique";`
    )
    this.addSql(
      `create table if not exists "rebate_withdrawal" ("id" text not null, "account_id" text not null, "customer_id" text not null, "currency_code" text not null, "amount" numeric not null, "provider_id" text not null, "destination" jsonb not null, "status" text check ("status" in ('requested', 'approved', 'paid', 'rejected', 'failed')) not null default 'requested', "hold_entry_id" text not null, "idempotency_key" text not null, "request_hash" text not null, "approvals" jsonb not null, "approvals_required" integer not null, "reference" text null, "rejection_reason" text null, "failure_reason" text null, "approved_at" timestamptz null, "paid_at" timestamptz null, "rejected_at" timestamptz null, "failed_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_withdrawal_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_withdrawal_deleted_at" ON "rebate_withdrawal" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_withdrawal_idempotency_key_unique" ON "rebate_withdrawal" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_withdrawal_customer_id_created_at" ON "rebate_withdrawal" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_withdrawal_status_created_at" ON "rebate_withdrawal" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_withdrawal_event" ("id" text not null, "withdrawal_id" text not null, "from_status" text null, "to_status" text not null, "actor_type" text not null, "actor_id" text null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_withdrawal_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_withdrawal_event_deleted_at" ON "rebate_withdrawal_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_withdrawal_event_withdrawal_id_created_at" ON "rebate_withdrawal_event" ("withdrawal_id", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_withdrawal" cascade;`)

    this.addSql(`drop table if exists "rebate_withdrawal_event" cascade;`)
  }
}
