import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Ledger invariants that the database itself enforces (DESIGN.md §3), on top of the generated tables:
 * - entries are append-only: UPDATE and DELETE are refused by a trigger, and rows can never carry a
 *   soft-delete mark, so the partial unique index on idempotency_key covers every row;
 * - every entry moves a positive amount between two different buckets;
 * - accounts are never soft-deleted (their history is the store's liability record).
 */
export class Migration20261124182300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function rebate_ledger_entry_append_only() returns trigger as $$
      begin
        raise exception 'rebate_ledger_entry is append-only: % refused (write a new entry instead)', tg_op
          using errcode = 'check_violation';
      end;
      $$ language plpgsql;`)
    this.addSql(`drop trigger if exists rebate_ledger_entry_append_only on "rebate_ledger_entry";`)
    this.addSql(`
      create trigger rebate_ledger_entry_append_only
      before update or delete on "rebate_ledger_entry"
      for each row execute function rebate_ledger_entry_append_only();`)
    this.addSql(`
      alter table "rebate_ledger_entry"
        add constraint "rebate_ledger_entry_never_deleted" check (deleted_at is null),
        add constraint "rebate_ledger_entry_amount_positive" check (amount > 0),
        add constraint "rebate_ledger_entry_moves_money" check (
          (bucket_from is not null or bucket_to is not null)
          and bucket_from is distinct from bucket_to
        );`)
    this.addSql(`
      alter table "rebate_account"
        add constraint "rebate_account_never_deleted" check (deleted_at is null);`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "rebate_account" drop constraint if exists "rebate_account_never_deleted";`
    )
    this.addSql(`
      alter table "rebate_ledger_entry"
        drop constraint if exists "rebate_ledger_entry_never_deleted",
        drop constraint if exists "rebate_ledger_entry_amount_positive",
        drop constraint if exists "rebate_ledger_entry_moves_money";`)
    this.addSql(`drop trigger if exists rebate_ledger_entry_append_only on "rebate_ledger_entry";`)
    this.addSql(`drop function if exists rebate_ledger_entry_append_only();`)
  }
}
