import { Migration } from '@mikro-orm/migrations';

export class Migration20261206060326_NotificationEmail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notifications" add column "emailed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notifications" drop column "emailed_at";`);
  }

}
