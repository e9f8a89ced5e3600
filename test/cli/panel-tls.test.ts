import { createPrivateKey, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { panelTls } from '../../app/commands/panel-tls';
import { tempDir, testConfig } from '../support/robot-harness';

const NOW = new Date('2026-11-24T08:00:00Z');

function panelConfig(tls: 'self-signed' | 'files' | 'off') {
  const dir = tempDir('laiban-tls-');
  return { ...testConfig('baseline').panel, tls, certFile: path.join(dir, 'tls', 'cert.pem'), keyFile: path.join(dir, 'tls', 'key.pem') };
}

describe('the panel certificate', () => {
  it('is made once for this host and localhost, valid for years, its key readable only by the robot', async () => {
    const config = panelConfig('self-signed');
    const first = await panelTls(config, NOW);
    expect(first).toMatchObject({ kind: 'tls', made: true });
    const cert = new X509Certificate(fs.readFileSync(config.certFile));
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(NOW.getTime() + 9 * 365 * 86_400_000);
    expect(cert.checkPrivateKey(createPrivateKey(fs.readFileSync(config.keyFile)))).toBe(true);
    expect(fs.statSync(config.keyFile).mode & 0o077).toBe(0);

    const again = await panelTls(config, NOW);
    expect(again).toMatchObject({ kind: 'tls', made: false });
    expect(again.kind === 'tls' && again.cert).toBe(fs.readFileSync(config.certFile, 'utf8'));
  });

  it('says which file is missing when the config names files that are not there', async () => {
    const config = panelConfig('files');
    expect(await panelTls(config, NOW)).toEqual({
      kind: 'broken',
      reason: `panel.tls is "files" but ${config.certFile} or ${config.keyFile} does not exist`,
    });
  });

  it('is plain HTTP only when configured so', async () => {
    expect(await panelTls(panelConfig('off'), NOW)).toEqual({ kind: 'plain' });
  });
});
