import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124202609 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_referral_code" drop constraint if exists "rebate_referral_code_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "rebate_referral_code" drop constraint if exists "rebate_referral_code_code_unique";`
    )
    this.addSql(
      `alter table if exists "rebate_referral_binding" drop constraint if exists "rebate_referral_binding_invitee_id_unique";`
    )
    this.addSql(
      `alter table if exists "rebate_attribution" drop constraint if exists "rebate_attribution_cart_id_unique";`
    )
    this.addSql(
      `create table if not exists "rebate_attribution" ("id" text not null, "cart_id" text not null, "order_id" text null, "promoter_id" text not null, "code" text not null, "visit_id" text null, "touched_at" timestamptz not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_attribution_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_attribution_cart_id_unique" ON "rebate_attribution" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_attribution_deleted_at" ON "rebate_attribution" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_attribution_promoter_id" ON "rebate_attribution" ("promoter_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_attribution_order_id" ON "rebate_attribution" ("order_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_referral_audit" ("id" text not null, "invitee_id" text not null, "action" text check ("action" in ('bound', 'changed', 'removed')) not null, "from_inviter_id" text null, "to_inviter_id" text null, "actor_type" text check ("actor_type" in ('customer', 'admin', 'system')) not null, "actor_id" text null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_referral_audit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_audit_deleted_at" ON "rebate_referral_audit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_audit_invitee_id_created_at" ON "rebate_referral_audit" ("invitee_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_referral_binding" ("id" text not null, "invitee_id" text not null, "inviter_id" text null, "code" text null, "source" text check ("source" in ('registration', 'bind', 'admin')) not null, "bound_at" timestamptz not null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_referral_binding_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_referral_binding_invitee_id_unique" ON "rebate_referral_binding" ("invitee_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_binding_deleted_at" ON "rebate_referral_binding" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_binding_inviter_id" ON "rebate_referral_binding" ("inviter_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_referral_code" ("id" text not null, "code" text not null, "customer_id" text not null, "kind" text check ("kind" in ('generated', 'vanity')) not null, "is_primary" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_referral_code_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_referral_code_code_unique" ON "rebate_referral_code" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_code_deleted_at" ON "rebate_referral_code" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rebate_referral_code_customer_id_unique" ON "rebate_referral_code" ("customer_id") WHERE is_primary = true AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_code_customer_id" ON "rebate_referral_code" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_referral_visit" ("id" text not null, "code" text not null, "promoter_id" text not null, "landing_url" text null, "ip_hash" text null, "device_hash" text null, "customer_id" text null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_referral_visit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_visit_deleted_at" ON "rebate_referral_visit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_visit_promoter_id_created_at" ON "rebate_referral_visit" ("promoter_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_referral_visit_customer_id" ON "rebate_referral_visit" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "rebate_order" add column if not exists "level1_id" text null, add column if not exists "level2_id" text null, add column if not exists "level1_source" text check ("level1_source" in ('binding', 'attribution')) null, add column if not exists "attribution_id" text null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_order_level1_id" ON "rebate_order" ("level1_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_order_level2_id" ON "rebate_order" ("level2_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_attribution" cascade;`)

    this.addSql(`drop table if exists "rebate_referral_audit" cascade;`)

    this.addSql(`drop table if exists "rebate_referral_binding" cascade;`)

    this.addSql(`drop table if exists "rebate_referral_code" cascade;`)

    this.addSql(`drop table if exists "rebate_referral_visit" cascade;`)

    this.addSql(`drop index if exists "IDX_rebate_order_level1_id";`)
    this.addSql(`drop index if exists "IDX_rebate_order_level2_id";`)
    this.addSql(
      `alter table if exists "rebate_order" drop column if exists "level1_id", drop column if exists "level2_id", drop column if exists "level1_source", drop column if exists "attribution_id";`
    )
  }
}
