import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { serialize } from 'cookie';
import type { Context } from '../../core/context';
import { Public, SignedIn } from '../../core/allow';
import { LoginResult, Viewer } from './auth.types';
import { SESSION_COOKIE, SessionService, sessionSettings } from './session.service';
import { ViewerService } from './viewer.service';
import { ValidationError } from '../../core/errors';

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => LoginResult, { description: 'Signs in. Failed attempts are counted; too many lock the account for a while.' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    if (!email.trim()) throw new ValidationError('email', 'Enter your email address.');
    if (!password) throw new ValidationError('password', 'Enter your password.');
    const { token, user } = await new SessionService(ctx.em).login(email, password, ctx.req?.ip ?? ctx.req?.socket.remoteAddress);
    ctx.res?.append(
      'Set-Cookie',
      serialize(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        // Production runs behind HTTPS; COOKIE_SECURE=false allows plain HTTP there (e.g. a trial on a LAN).
        secure: process.env.COOKIE_SECURE ? process.env.COOKIE_SECURE === 'true' : process.env.NODE_ENV === 'production',
        path: '/',
        // eslint-disable-next-line exact/no-float-division -- milliseconds to seconds for a cookie, not a figure
        maxAge: Math.floor(sessionSettings().absoluteMs / 1000),
      }),
    );
    // A request may arrive with another user's cookie: the new sign-in replaces it entirely.
    ctx.user = user;
    ctx.memberships = [];
    ctx.membership = undefined;
    const viewer = await new ViewerService(ctx).viewerFor(user);
    return { token, viewer };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session (token and cookie).' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionTokenHash) await new SessionService(ctx.em).revoke(ctx.sessionTokenHash);
    ctx.res?.append('Set-Cookie', serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: '/', maxAge: 0 }));
    return true;
  }

  @SignedIn()
  @Query(() => Viewer, { description: 'The signed-in user with their memberships.' })
  viewer(@Ctx() ctx: Context): Promise<Viewer> {
    return new ViewerService(ctx).viewerFor(ctx.user!);
  }
}
