/**
 * @module commands/places-data
 * The names the parser knows places by: Seoul's 25 gu (MOIS codes, Korean and English names,
 * centroids) and its 425 administrative dong (MOIS 행정기관코드). Taken from db/reference
 * (districts.json, neighborhoods.json; see db/reference/README.md for their sources and licences);
 * places-data.test.ts holds this copy to those files. English dong names follow the source with the
 * numeral glosses dropped ("Yeoksam 1(il)-dong" → "Yeoksam 1-dong"); three names the source lacks or
 * garbles are given in Revised Romanization (see ROMANIZED).
 */

/** code, Korean name, English name, centroid longitude, centroid latitude. */
export type GuRow = readonly [code: string, ko: string, en: string, lon: number, lat: number];

/** Dong whose English name in the source is missing or wrong, by code. */
export const ROMANIZED: Readonly<Record<string, string>> = {
  '1111056000': 'Pyeongchang-dong',
  '1153080000': 'Hang-dong',
  '1171064700': 'Wirye-dong',
};

export const GU_ROWS: readonly GuRow[] = [
  ['11110', '종로구', 'Jongno-gu', 126.9773, 37.5949],
  ['11140', '중구', 'Jung-gu', 126.9959, 37.5602],
  ['11170', '용산구', 'Yongsan-gu', 126.9799, 37.5314],
  ['11200', '성동구', 'Seongdong-gu', 127.0411, 37.5510],
  ['11215', '광진구', 'Gwangjin-gu', 127.0858, 37.5467],
  ['11230', '동대문구', 'Dongdaemun-gu', 127.0549, 37.5820],
  ['11260', '중랑구', 'Jungnang-gu', 127.0929, 37.5978],
  ['11290', '성북구', 'Seongbuk-gu', 127.0176, 37.6057],
  ['11305', '강북구', 'Gangbuk-gu', 127.0112, 37.6435],
  ['11320', '도봉구', 'Dobong-gu', 127.0324, 37.6691],
  ['11350', '노원구', 'Nowon-gu', 127.0750, 37.6526],
  ['11380', '은평구', 'Eunpyeong-gu', 126.9271, 37.6192],
  ['11410', '서대문구', 'Seodaemun-gu', 126.9391, 37.5777],
  ['11440', '마포구', 'Mapo-gu', 126.9081, 37.5594],
  ['11470', '양천구', 'Yangcheon-gu', 126.8555, 37.5248],
  ['11500', '강서구', 'Gangseo-gu', 126.8228, 37.5612],
  ['11530', '구로구', 'Guro-gu', 126.8563, 37.4944],
  ['11545', '금천구', 'Geumcheon-gu', 126.9008, 37.4606],
  ['11560', '영등포구', 'Yeongdeungpo-gu', 126.9103, 37.5224],
  ['11590', '동작구', 'Dongjak-gu', 126.9516, 37.4989],
  ['11620', '관악구', 'Gwanak-gu', 126.9454, 37.4674],
  ['11650', '서초구', 'Seocho-gu', 127.0312, 37.4733],
  ['11680', '강남구', 'Gangnam-gu', 127.0630, 37.4967],
  ['11710', '송파구', 'Songpa-gu', 127.1154, 37.5056],
  ['11740', '강동구', 'Gangdong-gu', 127.1470, 37.5504],
];

/** Per gu: `<last 5 digits of the dong code>|<Korean name>|<English name>`, joined by `;`. */
export const DONG_ROWS: Readonly<Record<string, string>> = {
  '11110':
    '51500|청운효자동|Cheongunhyoja-dong;53000|사직동|Sajik-dong;54000|삼청동|Samcheong-dong;55000|부암동|Buam-dong;56000|평창동|Pyeongchang-dong;57000|무악동|Muak-dong;58000|교남동|Gyonam-dong;60000|가회동|Gahoe-dong;61500|종로1·2·3·4가동|Jongno 1·2·3·4-ga-dong;63000|종로5·6가동|Jongno 5·6-ga-dong;64000|이화동|Ihwa-dong;65000|혜화동|Hyehwa-dong;67000|창신1동|Changsin 1-dong;68000|창신2동|Changsin 2-dong;69000|창신3동|Changsin 3-dong;70000|숭인1동|Sungin 1-dong;71000|숭인2동|Sungin 2-dong',
  '11140':
    '52000|소공동|Sogong-dong;54000|회현동|Hoehyeon-dong;55000|명동|Myeong-dong;57000|필동|Pil-dong;58000|장충동|Jangchung-dong;59000|광희동|Gwanghui-dong;60500|을지로동|Euljiro-dong;61500|신당동|Sindang-dong;62500|다산동|Dasan-dong;63500|약수동|Yaksu-dong;64500|청구동|Cheonggu-dong;65000|신당5동|Sindang 5-dong;66500|동화동|Donghwa-dong;67000|황학동|Hwanghak-dong;68000|중림동|Jungnim-dong',
  '11170':
    '51000|후암동|Huam-dong;52000|용산2가동|Yongsan 2-ga-dong;53000|남영동|Namyeong-dong;55500|청파동|Cheongpa-dong;56000|원효로1동|Wonhyoro 1-dong;57000|원효로2동|Wonhyoro 2-dong;58000|효창동|Hyochang-dong;59000|용문동|Yongmun-dong;62500|한강로동|Hangangno-dong;63000|이촌1동|Ichon 1-dong;64000|이촌2동|Ichon 2-dong;65000|이태원1동|Itaewon 1-dong;66000|이태원2동|Itaewon 2-dong;68500|한남동|Hannam-dong;69000|서빙고동|Seobinggo-dong;70000|보광동|Bogwang-dong',
  '11200':
    '52000|왕십리2동|Wangsimni 2-dong;53500|왕십리도선동|WangsimniDoseon-dong;54000|마장동|Majang-dong;55000|사근동|Sageun-dong;56000|행당1동|Haengdang 1-dong;57000|행당2동|Haengdang 2-dong;58000|응봉동|Eungbong-dong;59000|금호1가동|Geumho 1-ga-dong;61500|금호2·3가동|Geumho 2·3(i·sam)-ga-dong;62000|금호4가동|Geumho 4-ga-dong;64500|옥수동|Oksu-dong;65000|성수1가1동|Seongsu 1-ga1-dong;66000|성수1가2동|Seongsu 1-ga2-dong;67000|성수2가1동|Seongsu 2-ga1-dong;69000|성수2가3동|Seongsu 2-ga 3-dong;72000|송정동|Songjeong-dong;79000|용답동|Yongdap-dong',
  '11215':
    '71000|화양동|Hwayang-dong;73000|군자동|Gunja-dong;74000|중곡1동|Junggok 1-dong;75000|중곡2동|Junggok 2-dong;76000|중곡3동|Junggok 3-dong;77000|중곡4동|Junggok 4-dong;78000|능동|Neung-dong;81000|광장동|Gwangjang-dong;82000|자양1동|Jayang 1-dong;83000|자양2동|Jayang 2-dong;84000|자양3동|Jayang 3-dong;84700|자양4동|Jayang 4-dong;85000|구의1동|Guui 1-dong;86000|구의2동|Guui 2-dong;87000|구의3동|Guui 3-dong',
  '11230':
    '53600|용신동|Yongsin-dong;54500|제기동|Jegi-dong;56000|전농1동|Jeonnong 1-dong;57000|전농2동|Jeonnong 2-dong;60000|답십리1동|Dapsimni 1-dong;61000|답십리2동|Dapsimni 2-dong;65000|장안1동|Jangan 1-dong;66000|장안2동|Jangan 2-dong;70500|청량리동|Cheongnyangni-dong;71000|회기동|Hoegi-dong;72000|휘경1동|Hwigyeong 1-dong;73000|휘경2동|Hwigyeong 2-dong;74000|이문1동|Imun 1-dong;75000|이문2동|Imun 2-dong',
  '11260':
    '52000|면목2동|Myeonmok 2-dong;54000|면목4동|Myeonmok 4-dong;55000|면목5동|Myeonmok 5-dong;56500|면목본동|Myeonmokbon-dong;57000|면목7동|Myeonmok 7-dong;57500|면목3·8동|Myeonmok 3·8(sam·pal)-dong;58000|상봉1동|Sangbong 1-dong;59000|상봉2동|Sangbong 2-dong;60000|중화1동|Junghwa 1-dong;61000|중화2동|Junghwa 2-dong;62000|묵1동|Muk 1-dong;63000|묵2동|Muk 2-dong;65500|망우본동|Mangubon-dong;66000|망우3동|Mangu 3-dong;68000|신내1동|Sinnae 1-dong;69000|신내2동|Sinnae 2-dong',
  '11290':
    '52500|성북동|Seongbuk-dong;55500|삼선동|Samseon-dong;57500|동선동|Dongseon-dong;58000|돈암1동|Donam 1-dong;59000|돈암2동|Donam 2-dong;60000|안암동|Anam-dong;61000|보문동|Bomun-dong;62000|정릉1동|Jeongneung 1-dong;63000|정릉2동|Jeongneung 2-dong;64000|정릉3동|Jeongneung 3-dong;65000|정릉4동|Jeongneung 4-dong;66000|길음1동|Gireum 1-dong;68500|길음2동|Gireum 2-dong;70500|종암동|Jongam-dong;71500|월곡1동|Wolgok 1-dong;72500|월곡2동|Wolgok 2-dong;76000|장위1동|Jangwi 1-dong;77000|장위2동|Jangwi 2-dong;78000|장위3동|Jangwi 3-dong;81000|석관동|Seokgwan-dong',
  '11305':
    '53400|삼양동|Samyang-dong;53500|미아동|Mia-dong;54500|송중동|Songjung-dong;55500|송천동|Songcheon-dong;57500|삼각산동|Samgaksan-dong;59500|번1동|Beon 1-dong;60300|번2동|Beon 2-dong;60800|번3동|Beon 3-dong;61500|수유1동|Suyu 1-dong;62500|수유2동|Suyu 2-dong;63500|수유3동|Suyu 3-dong;64500|우이동|Ui-dong;66000|인수동|Insu-dong',
  '11320':
    '51100|창1동|Chang 1-dong;51200|창2동|Chang 2-dong;51300|창3동|Chang 3-dong;51400|창4동|Chang 4-dong;51500|창5동|Chang 5-dong;52100|도봉1동|Dobong 1-dong;52200|도봉2동|Dobong 2-dong;66000|쌍문1동|Ssangmun 1-dong;67000|쌍문2동|Ssangmun 2-dong;68000|쌍문3동|Ssangmun 3-dong;68100|쌍문4동|Ssangmun 4-dong;69000|방학1동|Banghak 1-dong;70000|방학2동|Banghak 2-dong;71000|방학3동|Banghak 3-dong',
  '11350':
    '56000|월계1동|Wolgye 1-dong;57000|월계2동|Wolgye 2-dong;58000|월계3동|Wolgye 3-dong;59500|공릉1동|Gongneung 1-dong;60000|공릉2동|Gongneung 2-dong;61100|하계1동|Hagye 1-dong;61200|하계2동|Hagye 2-dong;61900|중계본동|Junggyebon-dong;62100|중계1동|Junggye 1-dong;62400|중계4동|Junggye 4-dong;62500|중계2·3동|Junggye 2·3(i·sam)-dong;63000|상계1동|Sanggye 1-dong;64000|상계2동|Sanggye 2-dong;66500|상계3·4동|Sanggye 3·4(sam·sa)-dong;67000|상계5동|Sanggye 5-dong;69500|상계6·7동|Sanggye 6·7(yuk·chil)-dong;70000|상계8동|Sanggye 8-dong;71000|상계9동|Sanggye 9-dong;72000|상계10동|Sanggye 10-dong',
  '11380':
    '51000|녹번동|Nokbeon-dong;52000|불광1동|Bulgwang 1-dong;53000|불광2동|Bulgwang 2-dong;55100|갈현1동|Galhyeon 1-dong;55200|갈현2동|Galhyeon 2-dong;56000|구산동|Gusan-dong;57000|대조동|Daejo-dong;58000|응암1동|Eungam 1-dong;59000|응암2동|Eungam 2-dong;60000|응암3동|Eungam 3-dong;62500|역촌동|Yeokchon-dong;63100|신사1동|Sinsa 1-dong;63200|신사2동|Sinsa 2-dong;64000|증산동|Jeungsan-dong;65000|수색동|Susaek-dong;69000|진관동|Jingwan-dong',
  '11410':
    '52000|천연동|Cheonyeon-dong;55500|북아현동|Bugahyeon-dong;56500|충현동|Chunghyeon-dong;58500|신촌동|Sinchon-dong;61500|연희동|Yeonhui-dong;62000|홍제1동|Hongje 1-dong;64000|홍제3동|Hongje 3-dong;65500|홍제2동|Hongje 2-dong;66000|홍은1동|Hongeun 1-dong;68500|홍은2동|Hongeun 2-dong;69000|남가좌1동|Namgajwa 1-dong;70000|남가좌2동|Namgajwa 2-dong;71000|북가좌1동|Bukgajwa 1-dong;72000|북가좌2동|Bukgajwa 2-dong',
  '11440':
    '55500|아현동|Ahyeon-dong;56500|공덕동|Gongdeok-dong;58500|도화동|Dohwa-dong;59000|용강동|Yonggang-dong;60000|대흥동|Daeheung-dong;61000|염리동|Yeomni-dong;63000|신수동|Sinsu-dong;65500|서강동|Seogang-dong;66000|서교동|Seogyo-dong;68000|합정동|Hapjeong-dong;69000|망원1동|Mangwon 1-dong;70000|망원2동|Mangwon 2-dong;71000|연남동|Yeonnam-dong;72000|성산1동|Seongsan 1-dong;73000|성산2동|Seongsan 2-dong;74000|상암동|Sangam-dong',
  '11470':
    '51000|목1동|Mok 1-dong;52000|목2동|Mok 2-dong;53000|목3동|Mok 3-dong;54000|목4동|Mok 4-dong;55000|목5동|Mok 5-dong;56000|신월1동|Sinwol 1-dong;57000|신월2동|Sinwol 2-dong;58000|신월3동|Sinwol 3-dong;59000|신월4동|Sinwol 4-dong;60000|신월5동|Sinwol 5-dong;61000|신월6동|Sinwol 6-dong;61100|신월7동|Sinwol 7-dong;62000|신정1동|Sinjeong 1-dong;63000|신정2동|Sinjeong 2-dong;64000|신정3동|Sinjeong 3-dong;65000|신정4동|Sinjeong 4-dong;67000|신정6동|Sinjeong 6-dong;68000|신정7동|Sinjeong 7-dong',
  '11500':
    '51000|염창동|Yeomchang-dong;52000|등촌1동|Deungchon 1-dong;53000|등촌2동|Deungchon 2-dong;53500|등촌3동|Deungchon 3-dong;54000|화곡1동|Hwagok 1-dong;55000|화곡2동|Hwagok 2-dong;56000|화곡3동|Hwagok 3-dong;57000|화곡4동|Hwagok 4-dong;59000|화곡본동|Hwagokbon-dong;59100|화곡6동|Hwagok 6-dong;59300|화곡8동|Hwagok 8-dong;60300|가양1동|Gayang 1-dong;60400|가양2동|Gayang 2-dong;60500|가양3동|Gayang 3-dong;61100|발산1동|Balsan 1-dong;61500|우장산동|Ujangsan-dong;62000|공항동|Gonghang-dong;63000|방화1동|Banghwa 1-dong;64000|방화2동|Banghwa 2-dong;64100|방화3동|Banghwa 3-dong',
  '11530':
    '51000|신도림동|Sindorim-dong;52000|구로1동|Guro 1-dong;53000|구로2동|Guro 2-dong;54000|구로3동|Guro 3-dong;55000|구로4동|Guro 4-dong;56000|구로5동|Guro 5-dong;59500|가리봉동|Garibong-dong;72000|고척1동|Gocheok 1-dong;73000|고척2동|Gocheok 2-dong;74000|개봉1동|Gaebong 1-dong;75000|개봉2동|Gaebong 2-dong;76000|개봉3동|Gaebong 3-dong;77000|오류1동|Oryu 1-dong;78000|오류2동|Oryu 2-dong;79000|수궁동|Sugung-dong;80000|항동|Hang-dong',
  '11545':
    '51000|가산동|Gasan-dong;61000|독산1동|Doksan 1-dong;62000|독산2동|Doksan 2-dong;63000|독산3동|Doksan 3-dong;64000|독산4동|Doksan 4-dong;67000|시흥1동|Siheung 1-dong;68000|시흥2동|Siheung 2-dong;69000|시흥3동|Siheung 3-dong;70000|시흥4동|Siheung 4-dong;71000|시흥5동|Siheung 5-dong',
  '11560':
    '51500|영등포본동|Yeongdeungpobon-dong;53500|영등포동|Yeongdeungpo-dong;54000|여의동|Yeoui-dong;55000|당산1동|Dangsan 1-dong;56000|당산2동|Dangsan 2-dong;58500|도림동|Dorim-dong;60500|문래동|Mullae-dong;61000|양평1동|Yangpyeong 1-dong;62000|양평2동|Yangpyeong 2-dong;63000|신길1동|Singil 1-dong;65000|신길3동|Singil 3-dong;66000|신길4동|Singil 4-dong;67000|신길5동|Singil 5-dong;68000|신길6동|Singil 6-dong;69000|신길7동|Singil 7-dong;70000|대림1동|Daerim 1-dong;71000|대림2동|Daerim 2-dong;72000|대림3동|Daerim 3-dong',
  '11590':
    '51000|노량진1동|Noryangjin 1-dong;52000|노량진2동|Noryangjin 2-dong;53000|상도1동|Sangdo 1-dong;54000|상도2동|Sangdo 2-dong;55000|상도3동|Sangdo 3-dong;56000|상도4동|Sangdo 4-dong;60500|흑석동|Heukseok-dong;62000|사당1동|Sadang 1-dong;63000|사당2동|Sadang 2-dong;64000|사당3동|Sadang 3-dong;65000|사당4동|Sadang 4-dong;65100|사당5동|Sadang 5-dong;66000|대방동|Daebang-dong;67000|신대방1동|Sindaebang 1-dong;68000|신대방2동|Sindaebang 2-dong',
  '11620':
    '52500|보라매동|Boramae-dong;54500|청림동|Cheongnim-dong;56500|성현동|Seonghyeon-dong;57500|행운동|Haengun-dong;58500|낙성대동|Nagseongdae-dong;59500|청룡동|Cheongnyong-dong;60500|은천동|Euncheon-dong;61500|중앙동|Jungang-dong;62500|인헌동|Inheon-dong;63000|남현동|Namhyeon-dong;64500|서원동|Sewon-dong;65500|신원동|Sinwon-dong;66500|서림동|Serim-dong;68500|신사동|Sinsa-dong;69500|신림동|Sillim-dong;71500|난향동|Nanhyang-dong;72500|조원동|Jowon-dong;73500|대학동|Daehak-dong;74500|삼성동|Samseong-dong;76500|미성동|Miseong-dong;77500|난곡동|Nangok-dong',
  '11650':
    '51000|서초1동|Seocho 1-dong;52000|서초2동|Seocho 2-dong;53000|서초3동|Seocho 3-dong;53100|서초4동|Seocho 4-dong;54000|잠원동|Jamwon-dong;55000|반포본동|Banpobon-dong;56000|반포1동|Banpo 1-dong;57000|반포2동|Banpo 2-dong;58000|반포3동|Banpo 3-dong;58100|반포4동|Banpo 4-dong;59000|방배본동|Bangbaebon-dong;60000|방배1동|Bangbae 1-dong;61000|방배2동|Bangbae 2-dong;62000|방배3동|Bangbae 3-dong;62100|방배4동|Bangbae 4-dong;65100|양재1동|Yangjae 1-dong;65200|양재2동|Yangjae 2-dong;66000|내곡동|Naegok-dong',
  '11680':
    '51000|신사동|Sinsa-dong;52100|논현1동|Nonhyeon 1-dong;53100|논현2동|Nonhyeon 2-dong;54500|압구정동|Apgujeong-dong;56500|청담동|Cheongdam-dong;58000|삼성1동|Samseong 1-dong;59000|삼성2동|Samseong 2-dong;60000|대치1동|Daechi 1-dong;61000|대치2동|Daechi 2-dong;63000|대치4동|Daechi 4-dong;64000|역삼1동|Yeoksam 1-dong;65000|역삼2동|Yeoksam 2-dong;65500|도곡1동|Dogok 1-dong;65600|도곡2동|Dogok 2-dong;66000|개포1동|Gaepo 1-dong;67000|개포2동|Gaepo 2-dong;69000|개포4동|Gaepo 4-dong;70000|세곡동|Segok-dong;72000|일원본동|Irwonbon-dong;73000|일원1동|Irwon 1-dong;74000|일원2동|Irwon 2-dong;75000|수서동|Suseo-dong',
  '11710':
    '51000|풍납1동|Pungnap 1-dong;52000|풍납2동|Pungnap 2-dong;53100|거여1동|Geoyeo 1-dong;53200|거여2동|Geoyeo 2-dong;54000|마천1동|Macheon 1-dong;55000|마천2동|Macheon 2-dong;56100|방이1동|Bangi 1-dong;56200|방이2동|Bangi 2-dong;56600|오륜동|Oryun-dong;57000|오금동|Ogeum-dong;58000|송파1동|Songpa 1-dong;59000|송파2동|Songpa 2-dong;60000|석촌동|Seokchon-dong;61000|삼전동|Samjeon-dong;62000|가락본동|Garakbon-dong;63100|가락1동|Garak 1-dong;63200|가락2동|Garak 2-dong;64100|문정1동|Munjeong 1-dong;64200|문정2동|Munjeong 2-dong;64600|장지동|Jangji-dong;64700|위례동|Wirye-dong;65000|잠실본동|Jamsilbon-dong;67000|잠실2동|Jamsil 2-dong;68000|잠실3동|Jamsil 3-dong;69000|잠실4동|Jamsil 4-dong;71000|잠실6동|Jamsil 6-dong;72000|잠실7동|Jamsil 7-dong',
  '11740':
    '51500|강일동|Gangil-dong;52000|상일동|Sangil-dong;53000|명일1동|Myeongil 1-dong;54000|명일2동|Myeongil 2-dong;55000|고덕1동|Godeok 1-dong;56000|고덕2동|Godeok 2-dong;57000|암사1동|Amsa 1-dong;58000|암사2동|Amsa 2-dong;59000|암사3동|Amsa 3-dong;60000|천호1동|Cheonho 1-dong;61000|천호2동|Cheonho 2-dong;62000|천호3동|Cheonho 3-dong;64000|성내1동|Seongnae 1-dong;65000|성내2동|Seongnae 2-dong;66000|성내3동|Seongnae 3-dong;68500|길동|Gil-dong;69000|둔촌1동|Dunchon 1-dong;70000|둔촌2동|Dunchon 2-dong',
};
