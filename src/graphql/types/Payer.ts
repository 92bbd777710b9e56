import { ValidationError } from '../../errors.ts';
import { policyFor } from '../../policy/engine.ts';
import { access } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { PayerPolicyRef, PolicyVersionRef, policyView } from './PayerPolicy.ts';

export const PayerKind = builder.enumType('PayerKind', {
  description: 'The kind of payer, which decides much of how claims are judged.',
  values: {
    MEDICARE: { description: 'Traditional Medicare (Part A/B fee-for-service).' },
    MEDICAID: { description: 'A state Medicaid program, fee-for-service.' },
    COMMERCIAL: { description: 'A commercial (employer or individual) health plan.' },
    MANAGED_MEDICAID: { description: 'A managed-care organization administering Medicaid.' },
    TRICARE: { description: 'TRICARE, the US military health program.' },
  } as const,
});

export const Payer = builder.prismaNode('Payer', {
  description: 'An insurer or program that pays claims. Its rules come from the policy plugin named by `policyId`.',
  ...access('internal'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name of the payer.' }),
    kind: t.expose('kind', { type: PayerKind, description: 'The kind of payer.' }),
    policyId: t.exposeString('policyId', {
      description: 'The payer policy plugin (folder under payers/) that judges this payer’s claims.',
    }),
    payerCode: t.exposeString('payerCode', { description: 'Electronic payer ID used in X12 transactions.' }),
    policy: t.field({
      type: PayerPolicyRef,
      description: 'The payer’s rules as data: the version of its policy in force on `asOf` (today by default), for one of its plans.',
      errors: { types: [ValidationError] },
      args: {
        asOf: t.arg({ type: 'Date', required: false, description: 'The date of service (today when left out).' }),
        planCode: t.arg.string({ required: false, description: 'One of the payer’s benefit designs (its default plan when left out).' }),
      },
      resolve: (payer, args, ctx) => policyView(ctx, payer.policyId, args.asOf, args.planCode),
    }),
    policyVersions: t.field({
      type: [PolicyVersionRef],
      description: 'Every version of the payer’s policy, oldest first, with its effective dates and what changed.',
      resolve: (payer, _args, ctx) => [...policyFor(ctx.policies, payer.policyId).versions],
    }),
  }),
});

builder.queryField('payers', (t) =>
  t.prismaConnection(
    {
      type: 'Payer',
      cursor: 'id',
      description: 'Every payer, by name.',
      ...access('internal'),
      totalCount: (_root, _args, ctx) => ctx.prisma.payer.count(),
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.payer.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    },
    {},
  ),
);
