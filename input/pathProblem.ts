/** The file-system errors that come from where the user pointed the tool, not from a bug: code → what it means. */
export const PATH_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is too large for the file system',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'a loop of symbolic links',
  EIO: 'an input/output error',
  EPIPE: 'the reader went away',
};

/** The code of a file-system error that names a problem with the user's path, or undefined. */
export function pathProblemCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && Object.hasOwn(PATH_PROBLEMS, code) ? code : undefined;
}
