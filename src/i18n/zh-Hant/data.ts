// Made by `npm run i18n:hant` from ../zh-Hans/data.ts: edit that file, not this one.
import type { Translations } from '../translations';

/** The data area's words in Traditional Chinese. */
export const data: Translations['data'] = {
  method: {
    core: '對每個制裁範圍，<strong>核心人數</strong>等於基礎群體乘以符合法律認定標準的比例，再減去因豁免而免於制裁的人。每名核心成員有 <strong>K</strong> 名受涵蓋的親屬：即家屬規則所涵蓋的在世配偶、子女、父母、兄弟姐妹和姻親的期望人數，依據群體的年齡結構按年齡推算（70歲的成員有成年子女，在世父母很少；30歲的成員子女年幼，父母雙全）。',
    reach:
      '<strong>簡單加總</strong> = 核心人數 × (1 + K)，把每名親屬都當作無人共有來計算。實際上親屬是共有的，且許多親屬本身就是黨員，因此<strong>波及人數</strong>對每個人只計一次。成員的成年親屬中有比例 q 本身已是黨員：設 p = 核心人數 / A（A 為中國成年人口），聚集比值比為 ρ，則 <code>q = ρp / (1 − p + ρp)</code>，配偶與其他親屬各用一個 ρ；18歲以下者都不是黨員。其餘的親屬關係落在非黨員身上，平均每人 λ 條，有任何一條關係的人只計一次：<code>1 − (1 + cλ)<sup>−1/c</sup></code>，其中 c 是共有親屬的聚集程度（例如兩名成員共同的子女），關係隨機分佈時為 0（<code>1 − e<sup>−λ</sup></code>）。結果永遠不會超過中國總人口；對小群體而言，它等於核心人數 × (1 + K)。',
    readings:
      '凡法律或某種說法未界定其中的“家屬”一詞（“他們的家屬”“直系親屬”“成年家庭成員”），就在同一組抽樣上按每一種站得住腳的解讀分別估算，並在所選解讀的區間旁列出各解讀之間的範圍。',
    draws:
      '凡不是官方統計數的輸入，都以一個區間（低值、最可能值、高值）表示。估算以固定的隨機種子對每個區間多次抽樣，在同一組抽樣上計算每個範圍，並給出中位數和90%區間（第5至第95百分位）。同一情景、同一種子，得出的數字永遠相同。',
    covers: '90%區間涵蓋什麼',
    includes: (text) => `它包括：${text}`,
    leavesOut: '它不包括：',
    itemEnd: '；',
    terms: (count) => `未界定的“家屬”類用語及其解讀（${count}個）`,
    profiles: (count) => `年齡結構（${count}個）`,
    figures: (version, count) => `數據目錄，版本${version}（${count}項數據）`,
    rounds: (count) => `美國對中國官員的制裁點名（${count}輪）`,
  },
  figures: {
    region: '數據目錄',
    caption: '估算和圖表所用的每一項有出處的數據',
    figure: '數據',
    value: '數值',
    asOf: '截至',
    source: '來源',
    derived: '* 由官方數據推算得出；推算方法見說明。',
  },
  rounds: {
    spouse: '同時禁止其配偶入境',
    'immediate-family': '同時禁止其“直系親屬”入境',
    'not-stated': '所查閱的資料中未見涉及家屬的措辭',
    head: (date, programme) => `${date}，${programme}：`,
    entity: '實體',
    who: (name, role) => (role ? `${name}（${role}）` : name),
    and: '；',
    end: '。',
  },
  profiles: {
    colon: '：',
    status: { official: '已公佈', interpolated: '插值', assumption: '假設' },
    point: (age, percent) => `${age}歲（${percent}%）`,
    and: '，',
  },
  quoted: (words) => `“${words}”`,
  bracket: (text) => `（${text}）`,
  and: '、',

  groups: {
    'party-members': '全體黨員',
    'central-committee-20': '第二十屆中央委員會（委員和候補委員）',
    'central-committee-20-full': '第二十屆中央委員會（僅委員）',
    'central-committee-19': '第十九屆中央委員會（委員和候補委員）',
    'politburo-20': '第二十屆中央政治局',
    'politburo-19': '第十九屆中央政治局',
    'politburo-standing-committee-20': '第二十屆中央政治局常務委員會',
    'discipline-commission-20': '第二十屆中央紀律檢查委員會',
  },
  groupNotes: {
    'party-members': '年底時的全體中國共產黨黨員。',
    'central-committee-20':
      '2022年10月選出的205名中央委員會委員和171名候補委員；2025年起，計入四中全會（2025年10月）確認的開除和遞補後，約為357人。',
    'central-committee-20-full': '2022年10月選出的205名中央委員會委員（四中全會遞補11個空缺後，仍為205名）。',
    'central-committee-19': '2017年10月選出的204名中央委員會委員和172名候補委員。',
    'politburo-20': '2022年10月產生的24名中央政治局委員；何衛東被開除後（2025年）為23名。',
    'politburo-19': '2017年10月產生的25名中央政治局委員。',
    'politburo-standing-committee-20': '2022年10月產生的7名中央政治局常務委員會委員。',
    'discipline-commission-20': '2022年10月選出的133名委員。',
  },
  figureLabels: {
    'party-members-{year}': '{year}年底黨員總數',
    'party-members-{year}-age-30-or-under': '{year}年底30歲及以下黨員',
    'party-members-{year}-age-31-35': '{year}年底31至35歲黨員',
    'party-members-{year}-age-36-40': '{year}年底36至40歲黨員',
    'party-members-{year}-age-41-45': '{year}年底41至45歲黨員',
    'party-members-{year}-age-46-50': '{year}年底46至50歲黨員',
    'party-members-{year}-age-51-55': '{year}年底51至55歲黨員',
    'party-members-{year}-age-56-60': '{year}年底56至60歲黨員',
    'party-members-{year}-age-61-plus': '{year}年底61歲及以上黨員',
    'cc19-full': '第十九屆中央委員會委員',
    'cc19-alternate': '第十九屆中央委員會候補委員',
    politburo19: '第十九屆中央政治局',
    ccdi19: '第十九屆中央紀律檢查委員會',
    'cc20-full': '第二十屆中央委員會委員',
    'cc20-alternate': '第二十屆中央委員會候補委員',
    politburo20: '第二十屆中央政治局',
    psc20: '第二十屆中央政治局常務委員會',
    ccdi20: '第二十屆中央紀律檢查委員會',
    'cc20-full-2025': '第二十屆中央委員會委員（四中全會後）',
    'cc20-alternate-2025': '第二十屆中央委員會候補委員（四中全會後）',
    'politburo20-2025': '第二十屆中央政治局（四中全會後）',
    'china-population-{year}': '{year}年底中國（大陸）人口',
    'china-adult-share-2020': '中國18歲及以上人口占比',
    'us-population-2020': '美國（2020年人口普查）',
    'us-population-2024': '美國',
    'germany-population-2024': '德國',
    'japan-population-2024': '日本',
    'iran-population-2024': '伊朗',
    'vietnam-population-2024': '越南',
    'uk-population-2024': '英國',
    'france-population-2024': '法國',
    'world-population-2024': '世界',
    'xinjiang-population-2020': '新疆',
    'uyghurs-in-xinjiang-2020': '新疆維吾爾族人口',
    'tibet-population-2020': '西藏自治區',
    'hong-kong-population-2024': '香港',
    'taiwan-population-2024': '臺灣',
    'xinjiang-detainees-un-2018': '新疆被拘押者（聯合國消除種族歧視委員會估計）',
    'chinese-visitors-to-us-2019': '2019年中國旅客訪美人次',
    'chinese-visitors-to-us-2023': '2023年中國旅客訪美人次',
    'us-visas-to-chinese-fy2019': '2019財年美國向中國公民簽發的簽證',
    'chinese-students-in-us-2019': '在美中國留學生（2019/20學年）',
    'chinese-students-in-us-2023': '在美中國留學生（2023/24學年）',
    'chinese-students-in-us-2024': '在美中國留學生（2024/25學年）',
    'hong-kong-population-2025': '香港，2025年底（臨時數字）',
  },
  profileLabels: {
    'party-members-{year}': '黨員（{year}年年齡結構）',
    'party-members-2018': '黨員（2018年：由2017年和2022年年齡結構插值）',
    'party-members-2019': '黨員（2019年：由2017年和2022年年齡結構插值）',
    'party-members-2020': '黨員（2020年：由2017年和2022年年齡結構插值）',
    'party-members-2021': '黨員（2021年：由2017年和2022年年齡結構插值）',
    'central-committee': '中央委員會委員（估計年齡）',
    'senior-leaders': '中央政治局及其常務委員會（估計年齡）',
    'senior-officials': '省部級和廳局級官員（估計年齡）',
  },
  readingLabels: {
    spouse: '配偶',
    'spouse-children-under-21': '配偶及21歲以下子女',
    'spouse-children': '配偶及各年齡子女',
    'immediate-relatives': '配偶、21歲以下子女及父母',
    'spouse-children-parents': '配偶、子女及父母',
    'spouse-children-parents-siblings': '配偶、子女、父母及兄弟姐妹',
    'with-parents-in-law': '配偶、子女、父母及配偶的父母',
    extended: '大家庭：配偶、子女、父母、兄弟姐妹，以及配偶的父母和兄弟姐妹',
    'adult-nuclear': '配偶及成年子女',
    'adult-close': '配偶、成年子女、父母、兄弟姐妹，以及配偶的父母和兄弟姐妹',
    'adult-wide': '成年近親屬及其配偶，以及成年的侄甥',
  },
  termWords: {
    families: '他們的家屬',
    'immediate-family': '直系親屬',
    'adult-family-member': '成年家庭成員',
  },
  termUses: {
    families:
      '2020年7月討論過的對全體黨員“及其家屬”的簽證禁令。當時沒有公佈任何定義；美國政府估計“多達2.7億人”，但沒有說明算了哪些人。',
    'immediate-family':
      '第7031(c)條的入境禁令（“官員……及其直系親屬”），以及美國國務院2020年12月對黨員“及其直系親屬”的簽證限制。法律和聲明都沒有界定這個詞。',
    'adult-family-member':
      '《制裁中共法》（STOP CCP Act）第4(a)(3)條：“每一名成年家庭成員，包括配偶或配偶的成年家庭成員”。法案對這兩個詞都沒有界定。',
  },
  inputs: {
    marriedShareUnder31: '已婚比例：30歲及以下黨員',
    marriedShare31to60: '已婚比例：31至60歲黨員',
    marriedShareOver60: '已婚比例：61歲及以上黨員',
    childrenCohort1950: '每名黨員生育子女數：約1950年出生隊列',
    childrenCohort1970: '每名黨員生育子女數：約1970年出生隊列',
    childrenCohort1990: '每名黨員（預期）生育子女數：約1990年出生隊列',
    cadreChildrenOneChildEra: '每名高級官員生育子女數：1955至1975年出生隊列',
    womenChildrenCohort1930: '中國婦女人均生育子女數：約1930年出生隊列',
    womenChildrenCohort1950: '中國婦女人均生育子女數：約1950年出生隊列',
    womenChildrenCohort1970: '中國婦女人均生育子女數：約1970年出生隊列',
    generationGapYears: '父母生育子女時的平均年齡',
    medianAgeAtDeathYears: '成年人死亡年齡中位數',
    spouseClusteringOddsRatio: '配偶同為黨員的聚集程度（比值比）',
    familyClusteringOddsRatio: '其他親屬同為黨員的聚集程度（比值比）',
    overlapDispersion: '共有親屬的聚集程度（過度離散）',
  },
  units: {
    'share (0-1)': '比例（0–1）',
    persons: '人',
    years: '歲',
    'odds ratio (1 = none)': '比值比（1 = 無聚集）',
    'dispersion (0 = random)': '離散度（0 = 隨機）',
  },
  // Citations stay out of the reasons' Chinese: an author's name in Latin letters is said as the
  // journal that printed the study; each source's own title is listed under the reason, in English.
  inputReasons: {
    marriedShareUnder31:
      '這一年齡段的黨員在18至30歲之間，其中包括在校學生。2020年，浙江15歲及以上人口中有18%從未結婚，大多是年輕人；中國人的初婚多集中在二十五歲到三十歲之間。未找到全國分年齡的數據。',
    marriedShare31to60:
      '在中國，到三十出頭幾乎人人都已結婚。浙江2020年人口普查，15歲及以上人口：有配偶的佔75.07%，未婚的佔18.00%（大多在30歲以下），離婚的佔2.30%，喪偶的佔4.63%。',
    marriedShareOver60:
      '喪偶比例隨年齡上升：浙江成年人中喪偶的4.63%（2020年）大多是老年人。61歲及以上黨員的平均年齡約為70歲，到這個年齡，大約四分之一的人已經喪偶。',
    childrenCohort1950:
      '就全國而言，1950年出生的婦女平均生育2.93個子女。這一隊列大約在1972至1985年間生育，正值“晚、稀、少”政策和隨後的獨生子女政策推行之時；黨員更多住在城市，又最先被要求執行政策，因此取值低於全國水平。',
    childrenCohort1970:
      '就全國而言，1970年出生的婦女平均生育約1.75個子女（1960年出生的為2.05個）。黨員的情況不一：農村黨員（四分之一是農民）往往獲准生育二孩，而官員和國有單位職工只能生一個。據2016年《四川師範大學學報》刊載的一項研究，國有部門家庭的子女數比其他家庭少0.19個。因此取值低於全國水平，但高於1。',
    childrenCohort1990:
      '這一隊列的生育尚未結束：儘管先後放開二孩和三孩，總和生育率在2020年為1.3（人口普查），2022年約為1.09（中國人口與發展研究中心）。',
    cadreChildrenOneChildEra:
      '中央委員會委員和其他高級官員大多出生於1955至1970年，在1980年以後生育子女，當時的獨生子女政策對幹部執行得最嚴：生育二孩可能讓黨員丟掉職務和黨籍。也有人獲准生育二孩（少數民族，或第一個孩子有殘疾等），因此取值略高於1。未找到有關官員的公開統計。',
    womenChildrenCohort1930:
      '即20世紀50年代和60年代出生的黨員的母親。她們在1950至1975年間生育，除饑荒年份外，時期生育率約為5.5至6（寇爾根據1982年生育率抽樣調查所作的重建）。此項決定黨員的兄弟姐妹人數：一個人家中的子女數約為其母親所在隊列生育率的1.2倍，減去本人即為兄弟姐妹數（見方法說明）。',
    womenChildrenCohort1950:
      '1950年出生的婦女平均生育2.93個子女。她們是20世紀70年代和80年代出生的黨員的母親；年長黨員的侄甥輩，也多由這一隊列所生。',
    womenChildrenCohort1970:
      '1970年出生的婦女平均生育約1.75個子女（1965年出生的為1.95個，1960年出生的為2.05個）：她們是20世紀90年代出生的黨員的母親。',
    generationGapYears:
      '20世紀70年代末，母親生育第一孩時的平均年齡為24.8歲，生育第二孩時為27.5歲；父親要大幾歲，而黨員中七成是男性；年長黨員出生時家庭人口多，他們的母親一直生育到將近四十歲。此項決定父母的年齡（黨員年齡加上這一差距），也決定子女年齡分佈的中心。',
    medianAgeAtDeathYears:
      '出生時的預期壽命2019年為77.3歲，2023年為78.6歲；活到20歲的人，死亡年齡中位數還要高几歲，但黨員的父母出生於1900至1970年間，成長的條件更為艱苦。',
    spouseClusteringOddsRatio:
      '黨員的配偶是黨員的可能性，比隨機一名成年人高多少。未找到調查數據，因此區間較寬，由黨員隊伍的構成所容許的範圍決定：9920萬名黨員中有3020萬名女性（2023年），所以即使每一名已婚女黨員的丈夫都是黨員，比值比也只有約13（上限）；如果擇偶與黨員身份完全無關，則為1。在中國，政治身份相近的人往往彼此通婚，因此下限取2。最可能值為4，意味著約五分之二的已婚女黨員的丈夫是黨員（要達到13，幾乎需要全部如此）。',
    familyClusteringOddsRatio:
      '黨員的父母、兄弟姐妹、成年子女或姻親是黨員的可能性，比隨機一名成年人高多少。據《社會》2016年第3期刊載的一項研究，在北京的大學生中，控制學習成績和學生幹部職務之後，父母是黨員使入黨的幾率提高約21%：這只是下限，因為黨員父母還會把通往入黨的教育和工作機會傳給子女。未找到兄弟姐妹或姻親的數據；區間較寬，其影響見“影響因素”。',
    overlapDispersion:
      '共有的親屬成簇出現，而不是隨機分佈：兩名黨員共同的子女是一個人、兩條關係；一個家庭有一名黨員，往往就有好幾名。0對應隨機（泊松）模型；取0.25至0.5，會使全體黨員的大家庭波及人數減少約2%至8%，對小範圍則沒有影響。這是建模上的判斷，不是測量值。',
  },
  presetReasons: {
    'Treasury made a finding for each person named.': '美國財政部對每一名被點名者都作出了認定。',
    'Whether any of the four held property or dealings within US reach is not public; the block also cuts them off from US banks and firms anywhere, so a share of them is constrained in any year.':
      '這四人是否在美國管轄範圍內持有財產或有業務往來，並未公開；資產凍結還使他們在世界任何地方都無法與美國銀行和企業往來，因此每年都有一部分人受到約束。',
    'Global Magnitsky has no renunciation waiver.': '全球馬格尼茨基制裁沒有以放棄黨籍換取豁免的規定。',
    'The Secretary of State designated each of the three.': '美國國務卿對這三人逐一作出了認定。',
    'Senior officials rarely travel privately, but their children and relatives study, travel and hold residence abroad; assumed 0.5-10% a year against about 0.2% for the population.':
      '高級官員很少因私出境，但他們的子女和親屬在國外求學、旅行並取得居留權；假設每年為0.5%至10%，而全體人口約為0.2%。',
    'A 7031(c) designation has no renunciation waiver.': '依第7031(c)條作出的認定，沒有以放棄黨籍換取豁免的規定。',
    'Everyone in the group is covered by the measure as debated.': '按當時討論的方案，群體中的所有人都受該措施約束。',
    'In 2019 Chinese residents made 2.83 million visits to the US and received 1.24 million US visas: 0.09-0.2% of 1.40 billion people a year. Members and their families are more urban and better off than average, so up to about twice that.':
      '2019年，中國居民赴美283萬人次，獲發美國簽證124萬份：每年約佔14.0億人的0.09%–0.2%。黨員及其家屬比一般人更多住在城市、更為富裕，因此最多約為其兩倍。',
    'No waiver was part of the proposal.': '該提議不含任何豁免。',
    'The ladder compares the size of each group: everyone in it is covered.':
      '範圍階梯比較的是各群體的規模：群體中的所有人都被涵蓋。',
    "Holdings of US-reachable property by leaders' families have been reported but not counted; assumed 1-20% of the people reached.":
      '領導人家屬持有美國管轄範圍內財產的情況曾有報道，但沒有統計；假設為波及人數的1%至20%。',
    'Senior officials rarely travel privately (their passports are held by their Party organisation), but their adult children and relatives study, travel and hold residence abroad; assumed 0.5-10% a year against 0.2% for the population.':
      '高級官員很少因私出境（他們的護照由所在黨組織統一保管），但他們的成年子女和親屬在國外求學、旅行並取得居留權；假設每年為0.5%至10%，而全體人口為0.2%。',
    "The Act applies to a member only after the President determines sanctionable conduct (undermining Hong Kong's autonomy, aggression against Taiwan, persecution including of Uyghurs). Members holding Xinjiang, Tibet, Hong Kong, security, propaganda and Taiwan portfolios are the likeliest; assumed 10-100%, most likely 30%.":
      '只有在總統認定某名委員有應受制裁行為（破壞香港自治、對臺灣的侵略行為、包括針對維吾爾人在內的迫害）之後，該法才適用於此人。分管新疆、西藏、香港、安全、宣傳和臺灣事務的委員可能性最大；假設為10%至100%，最可能值為30%。',
    'Sanctions on a member end if they have "affirmatively renounced membership" and "taken affirmative steps to denounce or remediate" the conduct (section 4(h)(2)); the President\'s waiver (section 4(g)) is for national security, 60 days at a time, and lapses two years after enactment. No Central Committee member is known to have renounced membership, which would end their career.':
      '委員如已“明確放棄黨籍”，並已“採取明確步驟譴責或糾正”有關行為（第4(h)(2)條），對其制裁即告終止；總統的豁免（第4(g)條）出於國家安全考慮，每次60天，並在法案生效兩年後失效。目前沒有已知的中央委員會成員放棄黨籍——那將終結其仕途。',
    'Upper bound: every member found to have engaged in sanctionable conduct.':
      '上限：每一名委員和候補委員都被認定有應受制裁行為。',
    'The rule applies to every member: the end-2019 count (92 million), as the US estimate used.':
      '該規定適用於每一名黨員：按2019年底的人數（9200萬）計算，與美國政府的估計所用的一致。',
  },
  lines: {
    'china-{year}': '中國（{year}年）',
    'china-adults-{year}': '中國成年人口（{year}年）',
    'people-designated-{year}': '美國已點名制裁的人（截至{year}年）',
    'us-population-2024': '美國',
    'germany-population-2024': '德國',
    'xinjiang-population-2020': '新疆',
    'uyghurs-in-xinjiang-2020': '新疆維吾爾族',
    'hong-kong-population-2024': '香港',
    'chinese-visitors-to-us-2019': '中國旅客每年訪美人次（2019年）',
    'taiwan-population-2024': '臺灣',
    'chinese-students-in-us-2019': '在美中國留學生（2019/20學年）',
    'chinese-students-in-us-2024': '在美中國留學生（2024/25學年）',
  },
  roundTitles: {
    'glomag-2017-12-21-gao-yan': 'Gao Yan（曹順利在羈押中死亡案）',
    'glomag-2020-07-09-xinjiang': '新疆：陳全國、另外三名官員及新疆公安廳',
    'glomag-2020-07-31-xpcc': '新疆生產建設兵團、孫金龍、彭家瑞',
    'eo13936-2020-08-07-hong-kong': '香港：林鄭月娥及另外十名香港和內地官員',
    'eo13936-2020-11-09-hong-kong': '香港：四名國家安全官員',
    'eo13936-2020-12-07-npcsc': '全國人大常委會的14名副委員長',
    'eo13936-2021-01-15-hong-kong': '香港：2021年1月大搜捕後的六名官員',
    'glomag-2021-03-22-xinjiang': '新疆：王君正和陳明國',
    'hk-2021-07-16-liaison-office': '香港：中聯辦的七名副主任',
    'glomag-2022-12-09-tibet': '西藏：吳英傑和張洪波',
    'eo13936-2025-03-31-hong-kong': '香港：因跨國鎮壓被制裁的六名官員',
    '7031c-2020-07-09-xinjiang': '新疆：陳全國、朱海侖和王明山及其直系親屬',
    '7031c-2020-12-10-huang-yuanxiong': 'Huang Yuanxiong（廈門警察）及其配偶',
    '7031c-2021-05-12-yu-hui': 'Yu Hui（成都“610辦公室”）及其直系親屬',
    'glomag-2021-12-10-xinjiang': '新疆：雪克來提·扎克爾和艾爾肯·吐尼亞孜',
    'uhrpa-2023-12-08-gao-qi': '新疆：Gao Qi（伊犁警察）及其直系親屬',
    'glomag-2023-12-08-hu-lianhe': '胡聯合（中央新疆工作協調小組）',
  },
  programmes: {
    'Global Magnitsky (E.O. 13818)': '全球馬格尼茨基（第13818號行政令）',
    'Hong Kong Normalization (E.O. 13936)': '香港正常化（第13936號行政令）',
    'Hong Kong-related sanctions (authority not stated in the sources read)': '涉港制裁（所查閱的資料未說明法律依據）',
    'Section 7031(c) entry bar (State Department)': '第7031(c)條入境禁令（美國國務院）',
    'Global Magnitsky (E.O. 13818), with Section 7031(c) entry bars':
      '全球馬格尼茨基（第13818號行政令），並依第7031(c)條禁止入境',
    'Uyghur Human Rights Policy Act and Global Magnitsky (E.O. 13818)':
      '《維吾爾人權政策法》與全球馬格尼茨基（第13818號行政令）',
  },
  // Only names whose characters are certain; the others keep the designating document's spelling.
  names: {
    'Chen Quanguo': '陳全國',
    'Zhu Hailun': '朱海侖',
    'Wang Mingshan': '王明山',
    'Huo Liujun': '霍留軍',
    'Xinjiang Public Security Bureau': '新疆維吾爾自治區公安廳',
    'Xinjiang Production and Construction Corps': '新疆生產建設兵團',
    'Sun Jinlong': '孫金龍',
    'Peng Jiarui': '彭家瑞',
    'Carrie Lam': '林鄭月娥',
    'Chris Tang': '鄧炳強',
    'Stephen Lo': '盧偉聰',
    'John Lee Ka-chiu': '李家超',
    'Teresa Cheng': '鄭若驊',
    'Erick Tsang': '曾國衛',
    'Xia Baolong': '夏寶龍',
    'Zhang Xiaoming': '張曉明',
    'Luo Huining': '駱惠寧',
    'Zheng Yanxiong': '鄭雁雄',
    'Eric Chan': '陳國基',
    'Deng Zhonghua': '鄧中華',
    'Edwina Lau': '劉賜蕙',
    'Li Jiangzhou': '李江舟',
    'Steve Li Kwai-wah': '李桂華',
    'Wang Chen': '王晨',
    'Cao Jianming': '曹建明',
    'Zhang Chunxian': '張春賢',
    'Shen Yueyue': '沈躍躍',
    'Ji Bingxuan': '吉炳軒',
    'Arken Imirbaki': '艾力更·依明巴海',
    'Wan Exiang': '萬鄂湘',
    'Chen Zhu': '陳竺',
    'Wang Dongming': '王東明',
    'Padma Choling': '白瑪赤林',
    'Ding Zhongli': '丁仲禮',
    'Hao Mingjin': '郝明金',
    'Cai Dafeng': '蔡達峰',
    'Wu Weihua': '武維華',
    'You Quan': '尤權',
    'Sun Wenqing': '孫文清',
    'Tam Yiu-Chung': '譚耀宗',
    'Wang Junzheng': '王君正',
    'Chen Mingguo': '陳明國',
    'Chen Dong': '陳冬',
    'He Jing': '何靖',
    'Lu Xinning': '盧新寧',
    'Qiu Hong': '仇鴻',
    'Tan Tieniu': '譚鐵牛',
    'Yang Jianping': '楊建平',
    'Yin Zonghua': '尹宗華',
    'Shohrat Zakir': '雪克來提·扎克爾',
    'Erken Tuniyaz': '艾爾肯·吐尼亞孜',
    'Wu Yingjie': '吳英傑',
    'Zhang Hongbo': '張洪波',
    'Hu Lianhe': '胡聯合',
    'Dong Jingwei': '董經緯',
    'Raymond Chak Yee Siu': '蕭澤頤',
    'Paul Ting Kwok Lam': '林定國',
  },
  // The positions as the sources describe them (not always the body's full official title).
  roles: {
    'Former director of the Beijing Public Security Bureau Chaoyang Branch': '北京市公安局朝陽分局前局長',
    'Communist Party Secretary of the Xinjiang Uyghur Autonomous Region (XUAR)': '新疆維吾爾自治區黨委書記',
    'Former Deputy Party Secretary of the XUAR': '新疆維吾爾自治區黨委前副書記',
    'Director and Communist Party Secretary of the Xinjiang Public Security Bureau (XPSB)':
      '新疆維吾爾自治區公安廳廳長、黨委書記',
    'Former Party Secretary of the XPSB': '新疆維吾爾自治區公安廳前黨委書記',
    'Chinese government entity': '中國政府機構',
    'Paramilitary organization in the XUAR, subordinate to the Chinese Communist Party':
      '新疆維吾爾自治區境內隸屬中國共產黨的準軍事組織',
    'Former Political Commissar of the XPCC': '新疆生產建設兵團前政委',
    'Deputy Party Secretary and Commander of the XPCC': '新疆生產建設兵團黨委副書記、司令員',
    'Chief Executive, Hong Kong Special Administrative Region (HKSAR)': '香港特別行政區行政長官',
    'Commissioner of the Hong Kong Police Force (HKPF)': '香港警務處處長',
    'Former Commissioner of the HKPF': '香港警務處前處長',
    'HKSAR Secretary for Security': '香港特別行政區保安局局長',
    'HKSAR Secretary for Justice': '香港特別行政區律政司司長',
    'HKSAR Secretary for Constitutional and Mainland Affairs': '香港特別行政區政制及內地事務局局長',
    'Director of the Hong Kong and Macao Affairs Office of the State Council': '國務院港澳事務辦公室主任',
    'Deputy Director of the Hong Kong and Macao Affairs Office of the State Council': '國務院港澳事務辦公室副主任',
    'Director of the Hong Kong Liaison Office': '中央人民政府駐香港特別行政區聯絡辦公室主任',
    'Director, Office for Safeguarding National Security in Hong Kong':
      '中央人民政府駐香港特別行政區維護國家安全公署署長',
    'Secretary General, Committee for Safeguarding National Security of the HKSAR':
      '香港特別行政區維護國家安全委員會秘書長',
    'Deputy Director of the Hong Kong and Macau Affairs Office (HKMAO)': '國務院港澳事務辦公室副主任',
    'Head of the National Security Division of the Hong Kong Police Force': '香港警務處國家安全處負責人',
    'Deputy Director of the Office for Safeguarding National Security':
      '中央人民政府駐香港特別行政區維護國家安全公署副署長',
    'Senior Superintendent (National Security Division, Hong Kong Police Force)': '總警司（香港警務處國家安全處）',
    "Vice-Chairperson, National People's Congress Standing Committee (NPCSC)": '全國人大常委會副委員長',
    'Vice-Chairperson, NPCSC': '全國人大常委會副委員長',
    'Vice Chairman of the Central Leading Group on Hong Kong and Macau Affairs': '中央港澳工作領導小組副組長',
    'Deputy Director of the Office for Safeguarding National Security in the HKSAR':
      '中央人民政府駐香港特別行政區維護國家安全公署副署長',
    "Hong Kong delegate to the National People's Congress Standing Committee": '來自香港的全國人大常委會委員',
    'Official in the National Security Division of the Hong Kong Police': '香港警務處國家安全處官員',
    'Secretary of the Party Committee of the Xinjiang Production and Construction Corps (XPCC)':
      '新疆生產建設兵團黨委書記',
    'Director of the Xinjiang Public Security Bureau (XPSB)': '新疆維吾爾自治區公安廳廳長',
    "Deputy Director, Liaison Office of the Central People's Government in the HKSAR":
      '中央人民政府駐香港特別行政區聯絡辦公室副主任',
    'Former Party Secretary of the Tibet Autonomous Region (TAR), 2016-2021': '西藏自治區前黨委書記（2016–2021年）',
    'Director of the Tibetan Public Security Bureau (since 2018, through at least November 2022)':
      '西藏自治區公安廳廳長（2018年起，至少任職至2022年11月）',
    'Secretary-General, Committee for Safeguarding National Security of the HKSAR':
      '香港特別行政區維護國家安全委員會秘書長',
    'Director, Office for Safeguarding National Security in the HKSAR':
      '中央人民政府駐香港特別行政區維護國家安全公署署長',
    'Assistant Commissioner of Police (National Security), Hong Kong Police Force': '香港警務處助理處長（國家安全）',
    'Commissioner of Police, Hong Kong Police Force': '香港警務處處長',
    'Secretary for Justice, HKSAR': '香港特別行政區律政司司長',
    'Party Secretary of the Xinjiang Uyghur Autonomous Region': '新疆維吾爾自治區黨委書記',
    'Party Secretary of the Xinjiang Political and Legal Committee': '新疆維吾爾自治區黨委政法委員會書記',
    'Party Secretary of the Xinjiang Public Security Bureau': '新疆維吾爾自治區公安廳黨委書記',
    'Chief of the Xiamen Public Security Bureau Wucun Police Station': '廈門市公安局梧村派出所所長',
    'Former Office Director of the Chengdu "Central Leading Group on Preventing and Dealing with Heretical Religions" (the "610 Office")':
      '成都市“防範和處理邪教問題領導小組”辦公室（“610辦公室”）前主任',
    'Chairman of the Xinjiang Uyghur Autonomous Region, 2018-2021': '新疆維吾爾自治區主席（2018–2021年）',
    'Chairman (acting) of the Xinjiang Uyghur Autonomous Region, previously Vice Chairman':
      '新疆維吾爾自治區代主席，此前任副主席',
    'Deputy Office Director, Xinjiang Work Coordination Small Group of the Party Central Committee':
      '中央新疆工作協調小組辦公室副主任',
    'Leader of the Yili Kazakh Autonomous Prefecture Public Security Bureau; Yili vice governor':
      '伊犁哈薩克自治州公安局局長；伊犁州副州長',
  },
  presets: {
    // Not a preset: the scenario a claim in scenarios/claims.json is tested against, written there.
    'party-members-2023': {
      title: '2023年底全體黨員',
      description:
        '眾議院於2024年9月通過《制裁中共法》（STOP CCP Act）之前公佈的黨員人數：2023年底黨內統計公報的總數。只計黨員本人，不含親屬。',
      scopes: { members: { label: '全體黨員（2023年底）' } },
    },
    'scope-ladder': {
      title: '範圍階梯：從四名被點名官員到全體黨員及其家屬',
      description:
        '2020年至2024年間討論過的各種制裁範圍，從小到大排列，每個範圍都涵蓋群體中的所有人：被點名的官員、中央政治局常務委員會、中央政治局、包括和不包括成年家庭成員的中央委員會（《制裁中共法》的規定）、全體黨員，以及全體黨員及其直系親屬（2020年12月的規定）。凡規定未界定家屬範圍之處，每一種解讀均予列出。',
      scopes: {
        'named-officials': { label: '被點名官員（全球馬格尼茨基，2020年7月）' },
        'standing-committee': { label: '中央政治局常務委員會' },
        politburo: { label: '中央政治局' },
        'central-committee': { label: '中央委員會' },
        'central-committee-families': { label: '中央委員會及成年家庭成員' },
        'all-members': { label: '全體黨員' },
        'all-members-families': {
          label: '全體黨員及其直系親屬',
          description: '2020年12月簽證規定的範圍，按配偶及21歲以下子女解讀；“直系親屬”的其他解讀並列顯示。',
        },
      },
    },
    'magnitsky-2020': {
      title: '2020年7月9日的新疆制裁：全球馬格尼茨基資產凍結與第7031(c)條入境禁令',
      description:
        '2020年7月9日，美國財政部凍結了四名新疆現任或前任官員（其中包括自治區黨委書記陳全國）以及新疆維吾爾自治區公安廳的財產。同一天，美國國務院禁止其中三人“及其直系親屬”入境美國。兩項措施，兩個範圍：資產凍結只涉及這四個人；入境禁令涉及三人以及法律未加界定的親屬，按每一種解讀分別列出。',
      scopes: {
        'xinjiang-officials': {
          label: '資產凍結：四名官員',
          description:
            '陳全國、朱海侖、王明山和霍留軍（全球馬格尼茨基，第13818號行政令）；新疆維吾爾自治區公安廳計為一個實體。資產凍結只涉及被點名者本人，不涉及其家屬。',
        },
        'xinjiang-entry-bar': {
          label: '入境禁令：三名官員及其直系親屬',
          description:
            '陳全國、朱海侖和王明山“及其直系親屬”（第7031(c)條），按配偶及各年齡子女解讀；其他解讀並列顯示。',
        },
      },
    },
    'stop-ccp-act': {
      title: '《制裁中共法》（STOP CCP Act，H.R. 3334），2024年9月眾議院通過',
      description:
        '總統認定有應受制裁行為的中央委員會委員和候補委員，以及每一名“成年家庭成員，包括配偶或配偶的成年家庭成員”：凍結財產並拒發籤證。法案沒有界定“成年家庭成員”，因此每一種解讀均予列出。2024年9月25日眾議院以243票對174票通過；已提交參議院外交關係委員會；未成為法律。',
      scopes: {
        'cc-with-finding': {
          label: '被認定有應受制裁行為的中央委員會成員及其成年家庭成員',
          description:
            '被認定有應受制裁行為的第二十屆中央委員會成員及其成年家庭成員（按配偶、成年子女、父母、兄弟姐妹以及配偶的父母和兄弟姐妹解讀；其他解讀並列顯示），減去因放棄黨籍而解除制裁的人。',
        },
        'cc-all': {
          label: '全部376名中央委員會委員和候補委員及其成年家庭成員',
          description: '上限：每一名委員和候補委員都被認定有應受制裁行為。',
        },
      },
    },
    'visa-rule-2020': {
      title: '美國國務院針對黨員的簽證規定（2020年12月）',
      description:
        '自2020年12月2日起，黨員“及其直系親屬”的B-1/B-2訪問簽證有效期縮短為一個月，且僅限單次入境（未吊銷任何簽證）。美國國務院沒有界定直系親屬；該規定的腳註被解讀為涵蓋配偶及21歲以下子女，即此處顯示的解讀，其他解讀並列顯示。',
      scopes: {
        'members-spouses-children-under-21': { label: '黨員及其直系親屬' },
      },
    },
    'member-visa-ban-2020': {
      title: '對全體黨員及其家屬的簽證禁令（2020年7月的討論）',
      description:
        '2020年7月，白宮曾考慮禁止全部9200萬名黨員及其家屬入境美國。哪些親屬算在內從未明確，因此家屬按這個詞的每一種解讀分別列出，從僅限配偶到大家庭；另列僅計黨員本人的結果以供比較。',
      scopes: {
        members: { label: '全體黨員（2019年底）' },
        'members-and-families': {
          label: '黨員及其家屬',
          description: '按配偶及各年齡子女解讀；“他們的家屬”的其他每一種解讀都在旁邊一併估算。',
        },
      },
    },
  },
};
