/**
 * A badge's picture in an `<img>`: its bytes through a `blob:` URL made when shown and revoked
 * when the picture changes or the panel closes. An SVG is shown only as an image (nothing in
 * it runs or loads), never as markup; a picture on the issuer's server is never loaded, only
 * said to be there.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { Picture } from '../features/credential-picture';
import { useI18n } from '../i18n/i18n';

export function BadgePicture({ picture, name }: { picture: Picture; name: string }): ReactNode {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (picture.kind !== 'bytes') return undefined;
    const made = URL.createObjectURL(new Blob([picture.bytes as Uint8Array<ArrayBuffer>], { type: picture.type }));
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [picture]);
  if (picture.kind === 'remote')
    return (
      <p className="picture-remote hint" data-testid="details-picture-remote">
        {t('pictureRemote')}
      </p>
    );
  return (
    <figure className="picture">
      {url !== null ? (
        <img src={url} alt={t('pictureAlt', { name })} data-testid="details-picture" data-type={picture.type} />
      ) : null}
    </figure>
  );
}
