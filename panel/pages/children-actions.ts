/** What the forms on /barn do. Adding or removing a child tells the robot, which retrains its name list. */
import { isOneFirstName } from '../../robot/preschool/preschool-store';
import type { SchoolWeekday } from '../../robot/preschool/store-types';
import { SCHOOL_WEEKDAYS } from '../dates';
import { idField, textField, timeField } from '../form-values';
import { redirectWith, type Reply, type RequestContext } from '../http/context';

const NAME_MAX = 50;
const WHO_MAX = 100;

function childrenChanged(ctx: RequestContext): void {
  try {
    ctx.deps.onChildrenChanged?.();
  } catch (err) {
    ctx.deps.log.error({ err }, 'panel: onChildrenChanged failed');
  }
}

function childFromForm(ctx: RequestContext) {
  const id = idField(ctx.form, 'id');
  return ctx.deps.store.children().find((c) => c.id === id);
}

export function addChild(ctx: RequestContext): Reply {
  const { store, log } = ctx.deps;
  const name = textField(ctx.form, 'name');
  if (name === '') return redirectWith(ctx, '/barn', 'error', 'name_missing');
  if (name.length > NAME_MAX) return redirectWith(ctx, '/barn', 'error', 'too_long');
  if (!isOneFirstName(name)) return redirectWith(ctx, '/barn', 'error', 'first_name_rule', { name });
  if (store.childNamed(name)) return redirectWith(ctx, '/barn', 'error', 'already_listed', { name });
  const child = store.addChild(name);
  log.info({ child: child.id }, 'panel: child added');
  childrenChanged(ctx);
  return redirectWith(ctx, '/barn', 'ok', 'child_added', { name: child.firstName });
}

/** The preschool-wide answer new children start with (chosen at setup; changed on /barn). */
export function setMayTellDefault(ctx: RequestContext): Reply {
  const tell = ctx.form.get('tell');
  if (tell !== 'yes' && tell !== 'no') return redirectWith(ctx, '/barn', 'error', 'not_found_item');
  ctx.deps.store.setMayTellPickupByDefault(tell === 'yes');
  return redirectWith(ctx, '/barn', 'ok', tell === 'yes' ? 'may_tell_default_on' : 'may_tell_default_off');
}

export function setMayTell(ctx: RequestContext): Reply {
  const child = childFromForm(ctx);
  const tell = ctx.form.get('tell');
  if (!child || (tell !== 'yes' && tell !== 'no')) return redirectWith(ctx, '/barn', 'error', 'not_found_item');
  ctx.deps.store.setMayTellPickup(child.id, tell === 'yes');
  return redirectWith(ctx, '/barn', 'ok', tell === 'yes' ? 'may_tell_on' : 'may_tell_off', { name: child.firstName });
}

type StandardEntry = { weekday: SchoolWeekday; kind: 'clear' } | { weekday: SchoolWeekday; kind: 'set'; who: string; time: string | null };

/** All five weekdays are checked before any is saved: a half-saved week would surprise. */
export function saveStandardPickups(ctx: RequestContext): Reply {
  const child = childFromForm(ctx);
  if (!child) return redirectWith(ctx, '/barn', 'error', 'not_found_item');
  const entries: StandardEntry[] = [];
  for (const weekday of SCHOOL_WEEKDAYS) {
    const who = textField(ctx.form, `who_${weekday}`);
    const time = timeField(ctx.form, `time_${weekday}`);
    if (time.kind === 'invalid') return redirectWith(ctx, '/barn', 'error', 'bad_time');
    if (who.length > WHO_MAX) return redirectWith(ctx, '/barn', 'error', 'too_long');
    if (who === '' && time.value !== null) return redirectWith(ctx, '/barn', 'error', 'who_missing');
    entries.push(who === '' ? { weekday, kind: 'clear' } : { weekday, kind: 'set', who, time: time.value });
  }
  for (const entry of entries) {
    if (entry.kind === 'clear') ctx.deps.store.removeDefaultPickup(child.id, entry.weekday);
    else ctx.deps.store.setDefaultPickup(child.id, entry.weekday, entry.who, entry.time);
  }
  return redirectWith(ctx, '/barn', 'ok', 'standard_saved', { name: child.firstName });
}

export function removeChild(ctx: RequestContext): Reply {
  const child = childFromForm(ctx);
  if (!child) return redirectWith(ctx, '/barn', 'error', 'not_found_item');
  ctx.deps.store.removeChild(child.id);
  ctx.deps.log.info({ child: child.id }, 'panel: child removed');
  childrenChanged(ctx);
  return redirectWith(ctx, '/barn', 'ok', 'child_removed', { name: child.firstName });
}
