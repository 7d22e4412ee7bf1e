import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201224705 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "rebate_setting" ("key" text not null, "value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_setting_pkey" primary key ("key"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_setting_deleted_at" ON "rebate_setting" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "rebate_setting_change" ("id" text not null, "key" text not null, "from_value" jsonb null, "to_value" jsonb null, "actor_type" text not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rebate_setting_change_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_setting_change_deleted_at" ON "rebate_setting_change" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_setting_change_created_at" ON "rebate_setting_change" ("created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_rebate_setting_change_key_created_at" ON "rebate_setting_change" ("key", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rebate_setting" cascade;`)

    this.addSql(`drop table if exists "rebate_setting_change" cascade;`)
  }
}
