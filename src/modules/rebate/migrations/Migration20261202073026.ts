import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202073026 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "rebate_review_event" ("id" text not null, "reward_id" text not null, "order_id" text not null, "decision" text check ("decision" in ('flagged', 'approved', 'rejected')) not null, "actor_type" text not null, "actor_id" text null, "reason" text null, "findings" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_review_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_review_event_deleted_at" ON "rebate_review_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_review_event_reward_id_created_at" ON "rebate_review_event" ("reward_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_review_event_order_id" ON "rebate_review_event" ("order_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "rebate_reward" add column if not exists "review_status" text check ("review_status" in ('none', 'on_review', 'approved', 'rejected')) not null default 'none', add column if not exists "review_findings" jsonb null, add column if not exists "review_reason" text null, add column if not exists "reviewed_by" text null, add column if not exists "reviewed_at" timestamptz null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_reward_review_status_created_at" ON "rebate_reward" ("review_status", "created_at") WHERE review_status = 'on_review' AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_review_event" cascade;`)

    this.addSql(`drop index if exists "IDX_rebate_reward_review_status_created_at";`)
    this.addSql(
      `alter table if exists "rebate_reward" drop column if exists "review_status", drop column if exists "review_findings", drop column if exists "review_reason", drop column if exists "reviewed_by", drop column if exists "reviewed_at";`
    )
  }
}
