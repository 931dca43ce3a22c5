import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Sign-in attempts per key (an account's email, a client address) in a time window. Counted with
 * one atomic statement before any password is checked, so parallel guesses cannot overtake the
 * count; kept in the database so every copy of the server behind a load balancer shares it.
 */
@Entity({ tableName: 'login_throttles' })
export class LoginThrottle {
  /** `account:<sha-256 of the email>` or `address:<client address>`. */
  @PrimaryKey({ type: 'string', length: 120 })
  throttleKey!: string;

  /** Failed and in-flight attempts in the current window. */
  @Property({ type: 'integer' })
  attempts!: number;

  /** Milliseconds since the epoch: when the current window began. */
  @Property({ type: new BigIntType('number') })
  windowStart!: number;
}
