// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1 for Workdeck's sign-in test.
// It registers one public native client, "workdeck", that must use PKCE (S256) and may redirect
// to any port of http://127.0.0.1/callback (RFC 8252). Access tokens live ACCESS_TOKEN_TTL seconds
// (default 4) so that the test sees refreshes happen. Any login and password are accepted by the
// provider's development interactions. Prints one JSON line {"issuer": ...} once it listens.
import http from 'node:http';
import Provider from 'oidc-provider';

const accessTokenTtl = Number(process.env.ACCESS_TOKEN_TTL ?? '4');

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'workdeck',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }],
  pkce: { required: () => true, methods: ['S256'] },
  scopes: ['openid', 'offline_access', 'email', 'profile'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true }, revocation: { enabled: true } },
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  ttl: { AccessToken: accessTokenTtl, IdToken: 3600, RefreshToken: 3600, Grant: 3600, Session: 3600, Interaction: 600 },
  cookies: { keys: ['workdeck-test-only'] },
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({
      sub: id,
      email: `${id}@example.com`,
      email_verified: true,
      name: `Test user ${id}`,
      groups: ['research-and-development', 'team-nlp'],
    }),
  }),
});
// Plain http on loopback: tell the provider it is not behind a TLS proxy.
provider.proxy = false;
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => process.exit(0));
