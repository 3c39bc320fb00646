import type { MemberRole, OrganizationDetail } from '@seedbed/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type Member = NonNullable<OrganizationDetail['members']>[number];

/** A change to one member that the leader is asked to confirm: a new role, or 已离开 today. */
export type MemberChange =
  | { kind: 'role'; member: Member; role: MemberRole }
  | { kind: 'leave'; member: Member; leftOn: string };

/** A saved change, with what it replaced, while 撤销 can take it back. */
export type MemberUndo = MemberChange & { previousRole: MemberRole };

/**
 * How long 撤销 stays offered. Long enough for an older hand to find the button; the next change
 * replaces it sooner. (Nothing waits for it: the journey taps 撤销 at once.)
 */
const undoOfferedMilliseconds = 30_000;

/** The request that takes a change back: the previous role, or the member back in the team. */
export function undoRequest(undo: MemberUndo): { method: 'patch' | 'post'; path: string; body: object } {
  const personId = encodeURIComponent(undo.member.personId);
  return undo.kind === 'role'
    ? { method: 'patch', path: personId, body: { role: undo.previousRole } }
    : { method: 'post', path: `${personId}/undo-leave`, body: { leftOn: undo.leftOn } };
}

/** 确认 / 取消 under a member's row, in words that say what will happen. */
export function MemberChangeQuestion({
  change,
  isBusy,
  onConfirm,
  onCancel,
}: {
  change: MemberChange;
  isBusy: boolean;
  onConfirm: (change: MemberChange) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const name = change.member.name;
  const isLeave = change.kind === 'leave';
  return (
    <fieldset className="member-row__confirm" data-testid={isLeave ? 'member-left-question' : 'member-role-question'}>
      <span>
        {isLeave
          ? t('organizations.members.confirmLeft', { name })
          : t('organizations.members.confirmRole', { name, role: t(`memberRole.${change.role}`) })}
      </span>
      <button
        type="button"
        className="button button--primary"
        disabled={isBusy}
        data-testid={isLeave ? 'member-left-confirm' : 'member-role-confirm'}
        onClick={() => onConfirm(change)}
      >
        {isLeave ? t('organizations.members.confirmLeftYes') : t('organizations.members.confirmRoleYes')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('organizations.members.cancel')}
      </button>
    </fieldset>
  );
}

/** What was just saved, and 撤销 — along the bottom of the screen, where the thumb is. */
export function UndoBar({
  undo,
  isBusy,
  onUndo,
  onExpired,
}: {
  undo: MemberUndo;
  isBusy: boolean;
  onUndo: () => void;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onExpired, undoOfferedMilliseconds);
    return () => clearTimeout(timer);
  }, [onExpired]);
  const name = undo.member.name;
  return (
    <div className="undo-bar" role="status" data-testid="member-undo">
      <span>
        {undo.kind === 'leave'
          ? t('organizations.members.leftDone', { name })
          : t('organizations.members.roleChanged', { name, role: t(`memberRole.${undo.role}`) })}
      </span>
      <button
        type="button"
        className="button button--primary"
        disabled={isBusy}
        data-testid="member-undo-button"
        onClick={onUndo}
      >
        {t('organizations.members.undo')}
      </button>
    </div>
  );
}
