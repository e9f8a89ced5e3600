import { hashPassword, hashPasswordAsync, verifyPassword, verifyPasswordAsync } from '../../panel/create-panel';

describe('staff password hashes', () => {
  const hash = hashPassword('Solrosen har tre kaniner');

  it('are scrypt with their parameters, salt and key in the stored text', () => {
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(hashPassword('Solrosen har tre kaniner')).not.toBe(hash);
  });

  it('verify the right password and refuse a wrong one', () => {
    expect(verifyPassword('Solrosen har tre kaniner', hash)).toBe(true);
    expect(verifyPassword('solrosen har tre kaniner', hash)).toBe(false);
    expect(verifyPassword('', hash)).toBe(false);
  });

  it('treat "ö" typed as one letter or as o + diaeresis as the same password', () => {
    const composed = hashPassword('Björken är grön');
    expect(verifyPassword('Bjo\u0308rken a\u0308r gro\u0308n', composed)).toBe(true);
  });

  it('refuse malformed hashes and hashes that would need too much memory', () => {
    expect(verifyPassword('x', '')).toBe(false);
    expect(verifyPassword('x', 'plain-text-password')).toBe(false);
    expect(verifyPassword('x', hash.replace('scrypt$32768', 'scrypt$30000'))).toBe(false);
    expect(verifyPassword('x', hash.replace('scrypt$32768$8', 'scrypt$4194304$8'))).toBe(false);
  });

  it('are the same made async: each form verifies what the other hashed', async () => {
    const made = await hashPasswordAsync('Solrosen har tre kaniner');
    expect(made).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(made).not.toBe(hash);
    expect(verifyPassword('Solrosen har tre kaniner', made)).toBe(true);
    expect(verifyPassword('solrosen har tre kaniner', made)).toBe(false);
    await expect(verifyPasswordAsync('Solrosen har tre kaniner', hash)).resolves.toBe(true);
    await expect(verifyPasswordAsync('Solrosen har tre kaniner', made)).resolves.toBe(true);
    await expect(verifyPasswordAsync('solrosen har tre kaniner', hash)).resolves.toBe(false);
    await expect(verifyPasswordAsync('Bjo\u0308rken a\u0308r gro\u0308n', await hashPasswordAsync('Björken är grön'))).resolves.toBe(true);
    await expect(verifyPasswordAsync('x', 'plain-text-password')).resolves.toBe(false);
    await expect(verifyPasswordAsync('x', hash.replace('scrypt$32768$8', 'scrypt$4194304$8'))).resolves.toBe(false);
  });
});
