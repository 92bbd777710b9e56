// parity token --role BILLER [--subject S] [--org ID] [--payer CODE] [--expires 8h]
// Mints a bearer token for local use, signed with AUTH_JWT_SECRET (or the development secret).
// Prints only the token, so that TOKEN=$(npm run -s token -- --role BILLER) works.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { mintToken } from '../../src/auth/tokens.ts';
import { isRole, roles } from '../../src/auth/viewer.ts';
import { demoOrganizationId } from '../../src/seed/index.ts';
import { runCommand, UsageError } from './shared.ts';

/**
 * @param argv - the command's arguments
 * @param program - how the usage names the command
 */
export function tokenCommand(argv: string[], program = 'parity token'): Promise<number> {
  const usage = `usage: ${program} --role <${roles.join('|')}> [--subject S] [--org ID] [--payer CODE] [--expires 8h]`;
  return runCommand(argv, async () => {
    const { values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        subject: { type: 'string' },
        org: { type: 'string' },
        payer: { type: 'string' },
        expires: { type: 'string', default: '8h' },
      },
    });
    const role = values.role?.toUpperCase();
    if (!isRole(role)) {
      throw new UsageError(values.role ? `"${values.role}" is not a role.` : 'Which role? --role is required.');
    }
    if (role === 'PARTNER' && !values.payer) {
      throw new UsageError('a PARTNER token acts for one payer: add --payer <payer code>, for example --payer NWHP1');
    }
    const config = loadConfig();
    const subject = values.subject ?? (role === 'PARTNER' ? `partner-${values.payer}` : `demo-${role.toLowerCase()}`);
    console.log(
      await mintToken(config.auth, {
        subject,
        role,
        organizationId: values.org ?? demoOrganizationId(),
        payerCode: values.payer,
        expiresIn: values.expires,
      }),
    );
  }, usage);
}
