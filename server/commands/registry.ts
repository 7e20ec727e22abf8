/**
 * @module commands/registry
 * Every command the wall understands: its parameters (contracts/command), who may issue it, what it
 * does in Korean and English, and how people say it (patterns.ts). Served as JSON at
 * `/api/v1/commands` by {@link registryDocument}, for the help screen and for clients that build
 * commands by touch or keyboard.
 */
import { z } from 'zod';
import type { Role } from '../contracts/access.ts';
import { COMMAND_SOURCES, CommandSchema, type CommandType } from '../contracts/command.ts';
import { WALL_ROLES, type LocalizedText } from '../contracts/layout.ts';
import { PATTERNS, type Patterns } from './patterns.ts';
import type { Kind } from './senses.ts';

/** Who may issue a command, by the roles of contracts/access. */
export const PERMISSIONS = {
  /** Looking around the wall: every role, the public kiosk included. */
  everyone: WALL_ROLES,
  /** Working detail (complaints with their texts): city staff. */
  staff: ['mayor', 'deputy-mayor', 'district-head', 'official', 'situation-room', 'auditor', 'administrator'],
  /** Live video: the roles a camera may list as viewers (auditors and administrators see the registry only). */
  'camera-viewer': ['mayor', 'deputy-mayor', 'district-head', 'official', 'situation-room'],
  /** Calling officials in from the wall: those who direct the response. */
  responder: ['mayor', 'deputy-mayor', 'district-head', 'situation-room'],
  /** Sending content to another wall. */
  broadcaster: ['mayor', 'deputy-mayor', 'situation-room', 'administrator'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export interface CommandSpec {
  type: CommandType;
  permission: Permission;
  description: LocalizedText;
  /** Kinds the command takes beyond those its patterns name, with how many at most (default 1). */
  accepts: Partial<Record<Kind, number>>;
}

const spec = (type: CommandType, permission: Permission, ko: string, en: string, accepts: Partial<Record<Kind, number>> = {}): CommandSpec => ({
  type,
  permission,
  description: { ko, en },
  accepts,
});

const VIEW = { show: 9, go: 9 } as const;
const SCREEN = { ...VIEW, 'screen-word': 9 } as const;

export const COMMAND_SPECS: readonly CommandSpec[] = [
  spec('show-screen', 'everyone', '화면을 전환합니다', 'Switches the wall to a screen', { ...SCREEN, change: 1 }),
  spec('next-screen', 'everyone', '다음 화면으로 넘어갑니다', 'Goes to the next screen', SCREEN),
  spec('previous-screen', 'everyone', '이전 화면으로 돌아갑니다', 'Goes to the previous screen', SCREEN),
  spec('go-back', 'everyone', '직전 상태로 되돌립니다', 'Goes back to what was shown before', SCREEN),
  spec('play', 'everyone', '화면 자동 순환을 시작합니다', 'Starts rotating through the screens', SCREEN),
  spec('pause', 'everyone', '화면 자동 순환을 멈춥니다', 'Stops the rotation on the current screen', SCREEN),
  spec('show-help', 'everyone', '말할 수 있는 명령을 보여줍니다', 'Shows what can be said', { ...VIEW, ask: 2 }),
  spec('refresh', 'everyone', '데이터를 새로 불러옵니다', 'Reloads the data', SCREEN),
  spec('select-district', 'everyone', '자치구를 선택해 상세를 보여줍니다', 'Selects a district and shows its detail', { ...VIEW, 'district-word': 2, detail: 1, status: 1, ask: 2, 'zoom-word': 1, select: 1, map: 1 }),
  spec('compare-districts', 'everyone', '자치구 2~4곳을 비교합니다', 'Compares two to four districts', { ...VIEW, district: 4, 'district-word': 2, ask: 2, figure: 1 }),
  spec('select-dong', 'everyone', '행정동을 선택합니다', 'Selects an administrative dong', { ...VIEW, district: 1, 'district-word': 2, detail: 1, status: 1 }),
  spec('clear-selection', 'everyone', '선택을 해제합니다', 'Clears the selection', { 'district-word': 1, incident: 1 }),
  spec('open-indicator', 'everyone', '지표를 기간·지역별로 엽니다', 'Opens an indicator, for a period and a district', { ...VIEW, district: 1, period: 1, figure: 2, trend: 1, ask: 2, status: 1, 'district-word': 1, detail: 1 }),
  spec('open-cameras', 'camera-viewer', '사건 현장이나 지역의 CCTV를 엽니다', 'Opens the cameras around an incident or in a district', { ...SCREEN, district: 1, count: 1, near: 1, scene: 1, this: 1, only: 1, incident: 1, call: 1 }),
  spec('close-cameras', 'camera-viewer', 'CCTV를 닫습니다', 'Closes the cameras', SCREEN),
  spec('open-incident', 'everyone', '최근 또는 선택한 사건의 상세를 엽니다', 'Opens the latest or the selected incident', { ...VIEW, itype: 1, this: 1, scene: 1, latest: 1, detail: 1, ask: 2 }),
  spec('filter-incidents', 'everyone', '사건을 유형·심각도·기관·지역으로 거릅니다', 'Filters incidents by type, severity, agency or district', { ...VIEW, itype: 1, agency: 1, severity: 1, district: 1, incident: 1, only: 1, all: 1, map: 1 }),
  spec('call-official', 'responder', '소방서장·경찰서장·구청장 등을 연결합니다', 'Calls an official: fire commander, police chief, district head…', { district: 1, this: 1, scene: 1, incident: 1, 'official-word': 1, show: 1 }),
  spec('hang-up', 'responder', '통화를 종료합니다', 'Ends the call', {}),
  spec('change-language', 'everyone', '화면 언어를 바꿉니다', 'Changes the language of the wall', { ...SCREEN, change: 1 }),
  spec('zoom-map', 'everyone', '지도를 확대·축소합니다', 'Zooms the map in or out', { ...VIEW, level: 1, map: 1, 'zoom-word': 1 }),
  spec('pan-map', 'everyone', '지도를 옮깁니다', 'Pans the map', { ...VIEW, map: 1, move: 1 }),
  spec('reset-view', 'everyone', '지도를 처음 상태로 되돌립니다', 'Resets the map to the whole city', { ...SCREEN, map: 1 }),
  spec('show-layer', 'everyone', '지도 레이어를 켭니다', 'Shows a map layer', { ...VIEW, map: 1, 'layer-word': 1 }),
  spec('hide-layer', 'everyone', '지도 레이어를 끕니다', 'Hides a map layer', { ...VIEW, map: 1, 'layer-word': 1 }),
  spec('show-complaints', 'staff', '민원 현황을 보여줍니다', 'Shows civil complaints', { ...VIEW, district: 1, category: 1, period: 1, status: 1, latest: 1, ask: 2 }),
  spec('show-trends', 'everyone', '시민 여론과 언론·SNS 동향을 보여줍니다', 'Shows public opinion, news and social media trends', { ...VIEW, period: 1, status: 1, ask: 2 }),
  spec('show-pledges', 'everyone', '공약 이행 현황을 보여줍니다', 'Shows the progress of the pledges', { ...VIEW, status: 1, ask: 2 }),
  spec('show-city-score', 'everyone', '도시 종합 점수를 보여줍니다', 'Shows the city score', { ...VIEW, ask: 2 }),
  spec('show-budget', 'everyone', '예산 집행 현황을 보여줍니다', 'Shows budget execution', { ...VIEW, period: 1, status: 1, ask: 2 }),
  spec('send-to-wall', 'broadcaster', '지금 화면을 월(대형 화면)로 보냅니다', 'Sends what is shown to a wall', { ...SCREEN, this: 1 }),
  spec('mute', 'everyone', '소리를 끕니다', 'Mutes the sound', {}),
  spec('unmute', 'everyone', '소리를 켭니다', 'Unmutes the sound', {}),
];

const SPEC_BY_TYPE = new Map(COMMAND_SPECS.map((s) => [s.type, s]));

export function specOf(type: CommandType): CommandSpec {
  const s = SPEC_BY_TYPE.get(type);
  if (!s) throw new Error(`no command spec for ${type}`);
  return s;
}

export const patternsOf = (type: CommandType): Patterns => PATTERNS[type];

/** The zod schema of one command's parameters (its `type` left out). */
export function paramsSchemaOf(type: CommandType): z.ZodObject {
  const option = CommandSchema.options.find((o) => o.shape.type.value === type);
  if (!option) throw new Error(`no schema for ${type}`);
  const { type: _type, ...params } = option.shape as z.ZodRawShape;
  return z.object(params).strict();
}

export const rolesFor = (type: CommandType): readonly Role[] => PERMISSIONS[specOf(type).permission];

/** Whether a person of this role may issue the command. */
export const mayIssue = (role: Role, type: CommandType): boolean => rolesFor(type).includes(role);

export interface RegistryEntry {
  type: CommandType;
  description: LocalizedText;
  permission: Permission;
  roles: readonly Role[];
  params: Record<string, unknown>;
  patterns: Patterns;
}

export interface RegistryDocument {
  version: 1;
  sources: readonly string[];
  permissions: Readonly<Record<Permission, readonly Role[]>>;
  commands: RegistryEntry[];
}

/** The registry as served: JSON Schema for each command's parameters, its roles and its patterns. */
export function registryDocument(): RegistryDocument {
  return {
    version: 1,
    sources: COMMAND_SOURCES,
    permissions: PERMISSIONS,
    commands: COMMAND_SPECS.map((s) => ({
      type: s.type,
      description: s.description,
      permission: s.permission,
      roles: PERMISSIONS[s.permission],
      params: z.toJSONSchema(paramsSchemaOf(s.type), { io: 'input' }) as Record<string, unknown>,
      patterns: PATTERNS[s.type],
    })),
  };
}
