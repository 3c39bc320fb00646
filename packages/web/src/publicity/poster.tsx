import type { PublicPublicityPage } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../shared/format';

/**
 * The poster 海报: drawn in the browser on a <canvas> (the phone has Chinese fonts; the server has
 * none it could rely on) — cover photo, title, date and place, organization, a QR code of the share
 * page and the 苗圃 footer — and shown as an <img>, which WeChat users long-press to save.
 * Every image is same-origin (public photo URL, QR SVG), so the canvas stays untainted.
 */
const width = 750;
const height = 1180;
const font = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`image ${src}`));
    image.src = src;
  });
}

/** Wraps text character by character (Chinese has no spaces), at most `maxLines` lines with an ellipsis. */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (context.measureText(line + char).width > maxWidth && line) {
      lines.push(line);
      line = char;
      if (lines.length === maxLines) break;
    } else line += char;
  }
  if (lines.length < maxLines && line) lines.push(line);
  else if (lines.length === maxLines && line) lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, -1)}…`;
  return lines;
}

/** Draws the image to fill the box, cropping the overflow (CSS object-fit: cover). */
function drawCover(context: CanvasRenderingContext2D, image: HTMLImageElement, w: number, h: number) {
  const scale = Math.max(w / image.naturalWidth, h / image.naturalHeight);
  const sw = w / scale;
  const sh = h / scale;
  context.drawImage(image, (image.naturalWidth - sw) / 2, (image.naturalHeight - sh) / 2, sw, sh, 0, 0, w, h);
}

export async function drawPoster(page: PublicPublicityPage, labels: { scan: string; when: string }): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  const coverHeight = 520;
  const cover = page.photos[0];
  if (cover) {
    try {
      drawCover(context, await loadImage(cover.url), width, coverHeight);
    } catch {
      drawBand(context, coverHeight);
    }
  } else drawBand(context, coverHeight);

  let y = coverHeight + 64;
  context.fillStyle = '#2f7d32';
  context.font = `600 30px ${font}`;
  const organizations = page.facts.organizations.map((o) => o.name).join('、');
  context.fillText(wrap(context, organizations, width - 96, 1)[0] ?? '', 48, y);
  y += 66;
  context.fillStyle = '#1c211b';
  context.font = `700 50px ${font}`;
  for (const line of wrap(context, page.title, width - 96, 2)) {
    context.fillText(line, 48, y);
    y += 66;
  }
  context.fillStyle = '#5b6459';
  context.font = `28px ${font}`;
  context.fillText(labels.when, 48, y + 4);
  y += 44;
  const where = [page.facts.placeName, page.facts.communityName].filter(Boolean).join(' · ');
  if (where) context.fillText(wrap(context, where, width - 96, 1)[0] ?? '', 48, y);

  // QR code of the share page, bottom right; the footer bottom left.
  const qrSize = 200;
  const qrTop = height - qrSize - 60;
  const qr = await loadImage(`/api/public/publicity/${encodeURIComponent(page.code)}/qr.svg`);
  context.drawImage(qr, width - qrSize - 48, qrTop, qrSize, qrSize);
  context.fillStyle = '#5b6459';
  context.font = `24px ${font}`;
  context.fillText(labels.scan, 48, qrTop + 120);
  context.fillStyle = '#2f7d32';
  context.font = `700 34px ${font}`;
  context.fillText('苗圃 Seedbed', 48, qrTop + 170);
  context.strokeStyle = '#d8ded5';
  context.beginPath();
  context.moveTo(48, qrTop - 30);
  context.lineTo(width - 48, qrTop - 30);
  context.stroke();
  return canvas.toDataURL('image/jpeg', 0.9);
}

function drawBand(context: CanvasRenderingContext2D, h: number) {
  const gradient = context.createLinearGradient(0, 0, width, h);
  gradient.addColorStop(0, '#3d8b33');
  gradient.addColorStop(1, '#17461a');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, h);
}

export function PosterDialog({ page, onClose }: { page: PublicPublicityPage; onClose: () => void }) {
  const { t } = useTranslation();
  const [image, setImage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    drawPoster(page, {
      scan: t('publicity.poster.scan'),
      when: formatDateTime(page.facts.startsAt, currentLocale()) ?? '',
    }).then(
      (url) => live && setImage(url),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [page, t]);
  return (
    <div className="poster-dialog" role="dialog" aria-modal="true" data-testid="poster-dialog">
      <div className="poster-dialog__inner">
        {image ? (
          <>
            <p className="poster-dialog__hint">{t('publicity.poster.saveHint')}</p>
            <img
              className="poster-dialog__image"
              src={image}
              alt={t('publicity.poster.alt')}
              data-testid="poster-image"
            />
          </>
        ) : failed ? (
          <p className="publicity-error" role="alert">
            {t('publicity.poster.failed')}
          </p>
        ) : (
          <p>{t('publicity.poster.making')}</p>
        )}
        <button type="button" className="button button--secondary button--block" onClick={onClose}>
          {t('publicity.poster.close')}
        </button>
      </div>
    </div>
  );
}
