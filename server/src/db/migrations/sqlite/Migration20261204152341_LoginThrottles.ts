import { Migration } from '@mikro-orm/migrations';

export class Migration20261204152341_LoginThrottles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`login_throttles\` (\`throttle_key\` text not null, \`attempts\` integer not null, \`window_start\` bigint not null, primary key (\`throttle_key\`));`);
    this.addSql(`alter table \`users\` drop column \`failed_login_count\`;`);
    this.addSql(`alter table \`users\` drop column \`locked_until\`;`);
  }

}
