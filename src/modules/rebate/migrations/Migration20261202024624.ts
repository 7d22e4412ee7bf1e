import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202024624 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_ledger_entry" drop constraint if exists "rebate_ledger_entry_type_check";`
    )

    this.addSql(
      `alter table if exists "rebate_ledger_entry" add constraint "rebate_ledger_entry_type_check" check("type" in ('accrue', 'settle', 'void', 'clawback', 'hold', 'pay', 'release', 'redeem', 'expire', 'adjust', 'transfer', 'reversal'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "rebate_ledger_entry" drop constraint if exists "rebate_ledger_entry_type_check";`
    )

    this.addSql(
      `alter table if exists "rebate_ledger_entry" add constraint "rebate_ledger_entry_type_check" check("type" in ('accrue', 'settle', 'void', 'clawback', 'hold', 'pay', 'release', 'redeem', 'expire', 'adjust', 'reversal'));`
    )
  }
}
