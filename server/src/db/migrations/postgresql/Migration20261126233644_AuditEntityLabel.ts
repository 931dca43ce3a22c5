import { Migration } from '@mikro-orm/migrations';

export class Migration20261126233644_AuditEntityLabel extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entries" add column "entity_label" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_entries" drop column "entity_label";`);
  }

}
