import { describe, expect, it } from 'vitest';
import { exportIdentityOf } from './export-identity';
import { importPercent } from './import-schemas';

describe('exportIdentityOf: the group an export names', () => {
  it('reads WeCom’s roomid from the first message', () => {
    const head = '{"msgid":"m1","action":"send","from":"u1","roomid":"wrAbc","msgtime":1}\n';
    expect(exportIdentityOf('wecom-json', head)).toBe('wecom:wrAbc');
  });

  it('reads Telegram’s chat id, not a message id', () => {
    const head = '{\n "name": "群",\n "type": "private_supergroup",\n "id": 1001,\n "messages": [\n {"id": 7';
    expect(exportIdentityOf('telegram-json', head)).toBe('telegram:1001');
    expect(exportIdentityOf('telegram-json', '{"messages": [{"id": 7}]}')).toBeNull();
  });

  it('reads WeChatMsg’s TalkerId column of the first row', () => {
    const head = '\uFEFFlocalId,TalkerId,Type,StrContent\n1,12345@chatroom,1,你好\n';
    expect(exportIdentityOf('wechat-csv', head)).toBe('wechat:12345@chatroom');
  });

  it('knows nothing for exports that name no group', () => {
    expect(exportIdentityOf('whatsapp-txt', '1/5/21, 10:00 - A: hi')).toBeNull();
    expect(exportIdentityOf('wechat-txt', '2021-01-05 10:00:00 A\nhi')).toBeNull();
  });
});

describe('importPercent', () => {
  it('is 100 only when done, and never above 99 while reading', () => {
    expect(importPercent('done', 0, 0)).toBe(100);
    expect(importPercent('running', 100, 100)).toBe(99);
    expect(importPercent('running', 50, 200)).toBe(25);
    expect(importPercent('queued', 0, 0)).toBe(0);
  });
});
