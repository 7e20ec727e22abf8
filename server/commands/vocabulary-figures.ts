/**
 * @module commands/vocabulary-figures
 * Words for the figures a mayor asks about (indicators), the policy topics they group into, and
 * the categories of civil complaints.
 */
import type { Term } from './senses.ts';
import { valued } from './senses.ts';

const COMMAND_INDICATORS: readonly Term[] = [
  valued('indicator', 'cai', ['통합대기환경지수', '대기환경지수', '대기질 지수'], ['air quality index', 'aqi', 'cai']),
  valued('indicator', 'pm10', ['미세먼지', '피엠텐', '피엠 십'], ['pm10', 'pm 10', 'dust', 'coarse dust', 'particulate matter']),
  valued('indicator', 'pm25', ['초미세먼지', '피엠 이점오'], ['pm2.5', 'pm 2.5', 'pm25', 'fine dust', 'ultrafine dust', 'fine particles']),
  valued('indicator', 'o3', ['오존'], ['ozone', 'o3']),
  valued('indicator', 'no2', ['이산화질소'], ['nitrogen dioxide', 'no2']),
  valued('indicator', 'employment-rate', ['고용률', '고용율', '고용', '취업률', '일자리'], ['employment rate', 'employment', 'jobs', 'job numbers']),
  valued('indicator', 'unemployment-rate', ['실업률', '실업율', '실업', '실업자'], ['unemployment rate', 'unemployment', 'jobless rate', 'jobless']),
  valued('indicator', 'consumer-prices', ['소비자 물가', '물가', '물가 지수', '물가 상승률'], ['consumer prices', 'inflation', 'cpi', 'prices', 'cost of living']),
  valued('indicator', 'housing-prices', ['집값', '아파트 가격', '아파트값', '주택 가격', '부동산 가격', '부동산', '전세가'], ['housing prices', 'house prices', 'home prices', 'apartment prices', 'real estate', 'rents']),
  valued('indicator', 'population', ['인구', '인구수', '주민 수', '주민등록 인구'], ['population', 'residents', 'inhabitants']),
  valued('indicator', 'births', ['출생', '출산율', '출산', '출생아', '출생률', '합계출산율'], ['births', 'birth rate', 'fertility', 'fertility rate', 'newborns']),
  valued('indicator', 'traffic-speed', ['교통 속도', '통행 속도', '차량 속도', '교통 체증', '정체', '차량 흐름', '교통량'], ['traffic speed', 'traffic', 'congestion', 'road speed']),
  valued('indicator', 'subway-ridership', ['지하철 이용객', '지하철 승객', '지하철'], ['subway ridership', 'subway', 'metro ridership', 'metro', 'subway passengers']),
  valued('indicator', 'bike-rentals', ['따릉이', '공공자전거', '자전거 대여', '자전거'], ['bike rentals', 'bike share', 'ddareungi', 'public bikes', 'bikes', 'bicycle rentals']),
  valued('indicator', 'fires', ['화재 건수', '화재 발생', '화재 통계'], ['fire statistics', 'number of fires']),
  valued('indicator', 'crimes', ['범죄', '범죄율', '범죄 발생', '범죄 건수', '치안'], ['crime', 'crime rate', 'crime statistics']),
  valued('indicator', 'response-time', ['출동 시간', '도착 시간', '골든타임', '대응 시간', '출동 소요 시간'], ['response time', 'golden time', 'arrival time']),
  valued('indicator', 'tourists', ['관광객', '방문객'], ['tourists', 'visitors', 'tourism']),
];

const TOPICS: readonly Term[] = [
  valued('topic', 'environment', ['환경'], ['environment', 'environmental']),
  valued('topic', 'economy', ['경제'], ['economy', 'economic']),
  valued('topic', 'population', ['인구 구조'], ['demographics', 'demographic']),
  valued('topic', 'mobility', ['교통'], ['transport', 'transportation', 'mobility']),
  valued('topic', 'housing', ['주거', '주택'], ['housing']),
  valued('topic', 'welfare', ['복지', '사회복지'], ['welfare', 'social welfare']),
  valued('topic', 'culture', ['문화', '관광'], ['culture', 'cultural']),
];

/** Complaint categories by the codes the 120 Dasan and Open311 connectors are expected to use. */
const COMPLAINT_CATEGORIES: readonly Term[] = [
  valued('category', 'noise', ['소음', '층간소음', '공사 소음'], ['noise']),
  valued('category', 'illegal-parking', ['불법주차', '불법 주차', '주차'], ['illegal parking', 'parking']),
  valued('category', 'trash', ['쓰레기', '무단투기', '생활폐기물'], ['trash', 'garbage', 'litter', 'waste', 'rubbish']),
  valued('category', 'road', ['도로', '포트홀', '도로 파손', '보도블록'], ['road', 'pothole', 'sidewalk']),
  valued('category', 'streetlight', ['가로등', '보안등'], ['streetlight', 'street light', 'street lamp']),
  valued('category', 'traffic-signal', ['신호등'], ['traffic light', 'traffic signal']),
  valued('category', 'water', ['누수', '상수도', '하수구', '하수', '수도'], ['water leak', 'sewer', 'water supply']),
];

export const FIGURE_TERMS: readonly Term[] = [...COMMAND_INDICATORS, ...TOPICS, ...COMPLAINT_CATEGORIES];
