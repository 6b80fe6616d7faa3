/** Badge image and archive messages in English (codes and parameters: ../codes/badges.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { BADGE_MESSAGES } from '../codes/badges';

const LEFT_OUT = 'This file was left out of the archive';

export const badges: GroupCatalogue<typeof BADGE_MESSAGES> = {
  'badges.no_badge_inside': 'This image has no badge inside: it is a picture, not a credential.',
  'badges.png_bad_crc':
    'This PNG image is damaged (part of it does not match its checksum), so no badge can be read from it.',
  'badges.png_truncated': 'This PNG image is incomplete (the file ends too soon), so no badge can be read from it.',
  'badges.png_damaged': 'This PNG image is damaged, so no badge can be read from it.',
  'badges.svg_unreadable':
    'This SVG image is damaged or not well-formed (or relies on definitions the wallet never expands), so no badge can be read from it.',
  'badges.baked_unreadable':
    'Something is baked into this image, but it is not a credential the wallet can read: neither a badge, a signed token, nor a badge’s web address.',
  'badges.baked_too_large': 'What is baked into this image is larger than {maxMb} MB, so the wallet does not read it.',
  'badges.hosted_url_only':
    'Only this badge’s web address ({url}) is baked into the image. A badge like this is checked on the issuer’s server, and the wallet does not go online.',
  'badges.badge_from': 'Badge from {url}',
  'badges.archive_damaged': 'This archive (ZIP) is damaged: nothing could be taken out of it.',
  'badges.archive_too_many_entries': `${LEFT_OUT}: an archive may hold at most {max} files.`,
  'badges.archive_too_large': `${LEFT_OUT}: together, the files of an archive may unpack to at most {maxMb} MB.`,
  'badges.archive_file_too_large': `${LEFT_OUT}: it unpacks to more than {maxMb} MB.`,
  'badges.archive_ratio_too_high': `${LEFT_OUT}: it unpacks to more than {max} times its packed size, as archives made to cause harm do.`,
  'badges.archive_nested_too_deep': `${LEFT_OUT}: it is an archive inside an archive inside an archive, which the wallet does not open.`,
  'badges.archive_entry_damaged': `${LEFT_OUT}: it is damaged, encrypted, or packed in a way the wallet cannot unpack.`,
};
