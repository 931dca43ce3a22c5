import { Migration } from '@mikro-orm/migrations';

export class Migration20261206060311_NotificationEmail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`notifications\` add column \`emailed_at\` datetime null;`);

  }

}
