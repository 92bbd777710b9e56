import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import type { Logger } from './logger.ts';

/**
 * One log line per request: id, method, path, status, duration, operation name, role and the
 * error codes returned. The request id is echoed in the `x-request-id` response header.
 */
export function useRequestLog(logger: Logger): Plugin<Context> {
  const started = new WeakMap<Request, number>();
  const details = new WeakMap<Request, { requestId?: string; operationName?: string | null; role?: string; codes?: string[] }>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onExecute({ args }) {
      const ctx = args.contextValue;
      const request = (ctx as Context & { request: Request }).request;
      details.set(request, {
        requestId: ctx.requestId,
        operationName: getOperationAST(args.document, args.operationName)?.name?.value ?? null,
        role: ctx.viewer?.role,
      });
      return {
        onExecuteDone({ result }) {
          if (!(Symbol.asyncIterator in result) && result.errors?.length) {
            const entry = details.get(request);
            if (entry) {
              entry.codes = result.errors.map((e) => String(e.extensions?.code ?? 'ERROR'));
            }
          }
        },
      };
    },
    onResponse({ request, response, serverContext }) {
      const detail = details.get(request) ?? {};
      const begin = started.get(request);
      const requestId = detail.requestId ?? (serverContext as { requestId?: string } | undefined)?.requestId;
      if (requestId) {
        response.headers.set('x-request-id', requestId);
      }
      const url = new URL(request.url);
      logger.info(
        {
          requestId,
          method: request.method,
          path: url.pathname,
          status: response.status,
          durationMs: begin === undefined ? undefined : Math.round((performance.now() - begin) * 10) / 10,
          operationName: detail.operationName,
          role: detail.role,
          errors: detail.codes,
        },
        'request',
      );
    },
  };
}
