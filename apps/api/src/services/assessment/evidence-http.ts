// Evidence files over HTTP (multipart upload, download). The bytes live in
// PostgreSQL (EvidenceFile), so every API process behind a load balancer serves
// them. The government comes from the assessment itself: the caller must be a
// member of it, and see the answer the file belongs to.
import express, { type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import type { Database } from '@rb/db';
import { buildContext, type Context, selectGovernment } from '../../context.ts';
import { type MessageKey, type MessageParams, renderMessage } from '@rb/domain';
import { AppError } from '../../errors.ts';
import { canSeeAllAnswers, loadAssessment } from './access.ts';
import { addEvidenceFile, MAX_EVIDENCE_BYTES } from './answers.ts';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An error body like the GraphQL errors': code, message key + params (the web translates them), field, English message. */
function fail(res: Response, status: number, code: string, key: MessageKey, params: MessageParams = {}, field?: string) {
  res.status(status).json({ error: { code, messageKey: key, params, message: renderMessage(key, params), field: field ?? null } });
}

function sendError(res: Response, e: unknown) {
  if (e instanceof AppError) {
    const { messageKey, params, field } = e.extensions as { messageKey?: string; params?: MessageParams; field?: string };
    res.status(STATUS[e.code] ?? 400).json({
      error: { code: e.code, message: e.message, ...(messageKey ? { messageKey, params } : {}), field: field ?? null },
    });
    return;
  }
  console.error('[api] evidence error', e);
  fail(res, 500, 'INTERNAL_SERVER_ERROR', 'error.internal');
}

/** A context for the government that owns the assessment (the caller must be a member there). */
async function contextFor(db: Database, req: Request, res: Response, governmentId: string): Promise<Context | null> {
  const ctx = await buildContext(
    db.prisma,
    db.kind,
    { cookie: req.headers.cookie, government: undefined, setCookie: (v) => res.append('Set-Cookie', v) },
    false,
  );
  if (!ctx.user) {
    fail(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
    return null;
  }
  await selectGovernment(ctx, governmentId);
  if (ctx.government?.id !== governmentId) {
    fail(res, 404, 'NOT_FOUND', 'error.notFound', { what: 'Evidence' });
    return null;
  }
  return ctx;
}

export function evidenceRouter(db: Database) {
  const router = express.Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10 } });

  router.post(
    '/assessments/:id/evidence',
    (req: Request, res: Response, next: NextFunction) => {
      upload.single('file')(req, res, (err: unknown) => {
        if (!err) return next();
        const tooBig = err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE';
        if (tooBig) fail(res, 413, 'BAD_USER_INPUT', 'assessment.fileTooBig', { max: '10 MB' }, 'file');
        else fail(res, 400, 'BAD_USER_INPUT', 'assessment.uploadInvalid', {}, 'file');
      });
    },
    async (req: Request, res: Response) => {
      try {
        const id = String(req.params.id);
        const row = UUID.test(id) ? await db.prisma.assessment.findUnique({ where: { id }, select: { governmentId: true } }) : null;
        if (!row) {
          fail(res, 404, 'NOT_FOUND', 'error.notFound', { what: 'Assessment' });
          return;
        }
        const ctx = await contextFor(db, req, res, row.governmentId);
        if (!ctx) return;
        const file = req.file;
        if (!file) {
          fail(res, 400, 'BAD_USER_INPUT', 'assessment.fileRequired', {}, 'file');
          return;
        }
        // Browsers send the name as latin1 in multipart headers.
        const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
        const ev = await addEvidenceFile(ctx, {
          assessmentId: id,
          criterionId: String(req.body?.criterionId ?? ''),
          title: typeof req.body?.title === 'string' ? req.body.title : null,
          team: req.body?.team === 'true',
          fileName,
          mimeType: file.mimetype,
          data: file.buffer,
        });
        res.status(201).json({ evidence: { id: ev.id, title: ev.title, downloadUrl: `/api/evidence/${ev.id}/file` } });
      } catch (e) {
        sendError(res, e);
      }
    },
  );

  router.get('/evidence/:id/file', async (req: Request, res: Response) => {
    try {
      const id = String(req.params.id);
      const ev = UUID.test(id)
        ? await db.prisma.evidence.findUnique({
            where: { id },
            include: { assessment: { select: { governmentId: true } }, answer: { select: { assessorId: true } } },
          })
        : null;
      if (!ev?.fileId) {
        fail(res, 404, 'NOT_FOUND', 'error.notFound', { what: 'Evidence' });
        return;
      }
      const ctx = await contextFor(db, req, res, ev.assessment.governmentId);
      if (!ctx) return;
      const a = await loadAssessment(ctx, ev.assessmentId);
      // Before consensus an assessor sees only their own evidence.
      if (ev.answer && ev.answer.assessorId !== ctx.user?.id && !canSeeAllAnswers(ctx, a)) {
        fail(res, 404, 'NOT_FOUND', 'error.notFound', { what: 'Evidence' });
        return;
      }
      const file = await db.prisma.evidenceFile.findUniqueOrThrow({ where: { id: ev.fileId } });
      const inline = /^(application\/pdf|image\/(png|jpeg)|text\/plain)$/.test(file.mimeType);
      res.setHeader('Content-Type', file.mimeType);
      res.setHeader('Content-Length', String(file.sizeBytes));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('ETag', `"${file.sha256}"`);
      res.setHeader(
        'Content-Disposition',
        `${inline ? 'inline' : 'attachment'}; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      res.end(Buffer.from(file.data));
    } catch (e) {
      sendError(res, e);
    }
  });
  return router;
}
