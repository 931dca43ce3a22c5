import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../../core/organization.entity';

/** A signed-in session. The key is the SHA-256 of the token, so a leaked table grants nothing. */
@Entity({ tableName: 'sessions' })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade', index: true })
  user!: User;

  @Property({ type: Date })
  createdAt: Date = new Date();

  @Property({ type: Date })
  lastSeenAt: Date = new Date();

  /** Absolute end, however active the session is. */
  @Property({ type: Date })
  expiresAt!: Date;

  @Property({ type: Date, nullable: true })
  revokedAt?: Date | null;
}
