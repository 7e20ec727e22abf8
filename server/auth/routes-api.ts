/**
 * @module auth/routes-api
 * The OpenAPI description of /api/v1/auth (sign-in, sign-out, who am I) and /api/v1/users (people,
 * for administrators); handlers in routes.ts. Contract schemas are used as they are; everything
 * named here is built with this module's `z`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { DepartmentListSchema, DistrictCodeListSchema, KeyPrincipalSchema, LoginSchema, UserPrincipalSchema } from '../contracts/access.ts';
import { ProblemSchema, problemResponses } from '../http/problem.ts';
import { PasswordSchema } from './passwords.ts';
import { UserRoleSchema } from './scope.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const anonymous = { 401: problem('Not signed in') };
const adminOnly = { ...anonymous, 403: problem('Only an administrator manages users') };
const cookieHeader = { 'Set-Cookie': { description: 'The session cookie scpm_session (HttpOnly, Secure, SameSite=Strict)', schema: { type: 'string' as const } } };

export const UserSchema = z
  .object({
    id: z.string(),
    login: z.string().openapi({ example: 'lee.gangnam' }),
    displayName: z.string().openapi({ example: '이강남' }),
    role: UserRoleSchema,
    districts: z.array(z.string()).openapi({ description: "A district head's gu", example: ['11680'] }),
    departments: z.array(z.string()).openapi({ description: "An official's departments", example: [] }),
    disabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('User');

const LoginBody = z
  .strictObject({
    login: z.string().min(1).max(128).openapi({ example: 'lee.gangnam' }),
    password: z.string().min(1).max(1024),
  })
  .openapi('SignIn');

const SignedInSchema = z
  .object({ user: UserSchema, expiresAt: z.string().openapi({ description: 'When the session ends (12 h after sign-in)' }) })
  .openapi('SignedIn');

export const loginRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['auth'],
  summary: 'Sign in with a login and a password; the session is the scpm_session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: LoginBody } } } },
  responses: {
    200: { description: 'Signed in', headers: cookieHeader, content: { 'application/json': { schema: SignedInSchema } } },
    400: problemResponses[400],
    401: problem('The login or the password is not right (the answer does not say which)'),
    429: {
      ...problem('Too many failed sign-ins for this login or from this address'),
      headers: { 'Retry-After': { description: 'Seconds until a sign-in may be tried again', schema: { type: 'integer' as const } } },
    },
  },
});

export const logoutRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['auth'],
  summary: 'Sign out: ends this session and clears the cookie',
  responses: { 204: { description: 'Signed out (also when no one was signed in)', headers: cookieHeader } },
});

export const logoutEverywhereRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout-everywhere',
  tags: ['auth'],
  summary: "Sign out everywhere: ends every session of the signed-in person",
  responses: {
    200: {
      description: 'Every session ended',
      headers: cookieHeader,
      content: { 'application/json': { schema: z.object({ revoked: z.number().int().openapi({ description: 'Sessions ended' }) }) } },
    },
    ...anonymous,
  },
});

export const meRoute = createRoute({
  method: 'get',
  path: '/api/v1/auth/me',
  tags: ['auth'],
  summary: 'Who is asking: the signed-in person or the API key',
  responses: {
    200: { description: 'The principal', content: { 'application/json': { schema: z.union([UserPrincipalSchema, KeyPrincipalSchema]) } } },
    ...anonymous,
  },
});

const CreateUserBody = z
  .strictObject({
    login: LoginSchema,
    displayName: z.string().trim().min(1).max(120).optional(),
    role: UserRoleSchema,
    districts: DistrictCodeListSchema.optional(),
    departments: DepartmentListSchema.optional(),
    password: PasswordSchema,
  })
  .openapi('CreateUser', {
    description: 'A district head has exactly one gu in districts, an official one or more departments; other roles have neither. Passwords: 12 to 256 characters.',
  });

const ChangeUserBody = z
  .strictObject({
    displayName: z.string().trim().min(1).max(120).optional(),
    role: UserRoleSchema.optional(),
    districts: DistrictCodeListSchema.optional(),
    departments: DepartmentListSchema.optional(),
    disabled: z.boolean().optional().openapi({ description: 'A disabled user cannot sign in, and their sessions end' }),
  })
  .refine((b) => Object.keys(b).length > 0, 'name at least one of displayName, role, districts, departments, disabled')
  .openapi('ChangeUser', { description: 'A new role without new districts or departments drops the old ones' });

const LoginParams = z.object({
  login: z.string().pipe(LoginSchema).openapi({ param: { name: 'login', in: 'path' }, example: 'lee.gangnam' }),
});

export const createUserRoute = createRoute({
  method: 'post',
  path: '/api/v1/users',
  tags: ['users'],
  summary: 'Create a person with a role (administrators)',
  request: { body: { required: true, content: { 'application/json': { schema: CreateUserBody } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: UserSchema } } },
    400: problemResponses[400],
    ...adminOnly,
    409: problem('The login is taken'),
  },
});

export const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/v1/users',
  tags: ['users'],
  summary: 'Every person who can sign in, by login (administrators)',
  responses: { 200: { description: 'Users', content: { 'application/json': { schema: z.object({ users: z.array(UserSchema) }) } } }, ...adminOnly },
});

export const changeUserRoute = createRoute({
  method: 'patch',
  path: '/api/v1/users/{login}',
  tags: ['users'],
  summary: "Change a person's role, gu, departments, name, or disable them (administrators)",
  request: { params: LoginParams, body: { required: true, content: { 'application/json': { schema: ChangeUserBody } } } },
  responses: {
    200: { description: 'The user after the change', content: { 'application/json': { schema: UserSchema } } },
    ...problemResponses,
    ...adminOnly,
    409: problem('The change would leave no enabled administrator'),
  },
});
