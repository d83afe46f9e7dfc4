"""Chinese rule tables: numerals, qualifiers, currencies, units and non-figure contexts.

Adding a unit, a currency or a qualifier is a one-line change here; the engines read
these tables and hold no Chinese word themselves. See gold/GUIDELINES.md for what a
figure is.
"""

from __future__ import annotations

from decimal import Decimal

from un_report.rules.base import (
    Currency,
    FigureRules,
    LanguageRules,
    LayoutRules,
    NumeralRules,
    SubjectRules,
)
from un_report.script import CYRILLIC_LOOKALIKES

# CJK ideographs plus the full-width punctuation that sits between them.
CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》〈〉「」『』、·—…]"

LAYOUT = LayoutRules(
    chapter=r"^第[一二三四五六七八九十]+章(?:\s+(?P<title>\S.*))?$",
    section=r"^(?P<letter>[A-Z])\s*[.．、]\s*(?P<title>\S.*)$",
    sentence_end="。!?;:!?;:…",
    max_heading_chars=40,
    session_symbol=(
        r"(?P<printed>第(?P<session>[〇零一二两三四五六七八九十百\d]+)届会议)\s*"
        r"补编第\s*(?P<supplement>[〇零一二两三四五六七八九十\d]+)\s*号"
    ),
    confusables=CYRILLIC_LOOKALIKES,
    joins_wrapped_digits=True,
    date=r"(?P<yyyy>(?:19|20)\d{2})\s*年\s*(?P<mon>\d{1,2})\s*月\s*(?P<dd>\d{1,2})\s*日",
    session=r"^第[〇零一二两三四五六七八九十百\d]+届(?:常会|会议)?$",
    agenda=r"^(?:临时)?议程项目.*$",
    part=r"^(?P<label>(?:附件|附文|附录|附表)[一二三四五六七八九十\d]*|第[一二三四五]部分|(?:决定|决议)草案[一二三四五六七八九十\d]*)(?:\s+(?P<title>\S.*))?$",
    # a table's or chart's caption, and a note under it: set aside with the exhibit
    exhibit=r"^[表图]\s*(?:[IVXLC]+|\d{1,3}|[一二三四五六七八九十]{1,3})(?:\s+\S.*)?$",
    exhibit_note=r"^(?:资料)?(?:来源|注)\s*[::]",
    contents=r"^目\s*录$",
)

NUMERALS = NumeralRules(
    digits={
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5,
        "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9, "兩": 2, "俩": 2, "倆": 2,
    },
    small_units={"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000},
    magnitudes={
        "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "万亿": 10**12, "萬億": 10**12,
        "万万": 10**8, "萬萬": 10**8,  # 四万万 (an older way to write 四亿)
    },
    decimal_points=("点", "點"),
    signs=("负", "負", "-", "−"),  # full-width － reads as "-"
    # 肩负/担负/身负/背负 (bears), 抱负 (ambition), 胜负 (win or lose), 辜负, 自负, 正负 (±);
    # after a date word a dash joins a range (2020年-2024年, 1月-3月).
    sign_guards=("肩", "担", "擔", "身", "背", "抱", "胜", "勝", "辜", "自", "正", "年", "月", "日"),
    bound_digits=("陆", "陸", "伍", "拾", "肆"),  # 陆地 land, 队伍 troop, 收拾 tidy, 放肆 wanton
    counting_digits=("两", "兩", "俩", "倆"),
    decimal_mark=".",
    group_separators=" ,\u00a0\u2009\u202f",  # 35 000, 35,000 and no-break and thin spaces
)

_USD = Currency("USD")
_DAY_PERIODS = "|".join(("上午", "下午", "中午", "晚上", "凌晨", "早上", "傍晚"))
_HOUR = "[0-9〇零一二两三四五六七八九十]{1,3}"
# A telephone number starts with its country or area code: +1 212 963 1234, (212) 963-5012.
_PHONE = r"(?:\+\d{1,3}|\(\d{2,4}\))[\s\d()\-]{6,}\d"
FIGURES = FigureRules(
    qualifiers_before={
        "超过": "over", "逾": "over", "至少": "over", "多于": "over", "超": "over",
        "不足": "under", "不到": "under", "少于": "under", "不超过": "under",
        "约": "approx", "大约": "approx", "约有": "approx", "大约有": "approx", "近": "approx", "将近": "approx",
        "接近": "approx", "几乎": "approx", "约合": "approx", "大概": "approx",
    },
    qualifiers_after={
        "以上": "over",
        "以下": "under", "以内": "under",
        "左右": "approx", "上下": "approx",
        "或更多": "over", "或更长": "over", "或更久": "over", "或以上": "over",  # 25年或更长
    },
    qualifiers_between={"多": "over", "余": "over", "几": "over", "幾": "over"},  # 二十几万
    # 最近 (recently) and 附近 (nearby) are not 近 (nearly); 超过了 is matched as a whole.
    qualifier_guards={"近": ("最", "附", "接", "将"), "超": ("不",)},
    currencies_before={
        "人民币": Currency("CNY"), "美元": _USD, "US$": _USD, "$": _USD, "€": Currency("EUR"),
        "£": Currency("GBP"), "¥": Currency("CNY"), "￥": Currency("CNY"),
    },
    currencies_after={
        "美元": _USD, "美金": _USD, "美分": Currency("USD", Decimal("0.01")),
        "欧元": Currency("EUR"), "英镑": Currency("GBP"), "日元": Currency("JPY"),
        "瑞士法郎": Currency("CHF"), "人民币": Currency("CNY"), "元人民币": Currency("CNY"),
        "元": Currency("CNY"), "块钱": Currency("CNY"), "加元": Currency("CAD"),
        "加拿大元": Currency("CAD"), "澳元": Currency("AUD"), "澳大利亚元": Currency("AUD"),
        "港元": Currency("HKD"), "港币": Currency("HKD"), "新台币": Currency("TWD"),
        "韩元": Currency("KRW"), "卢布": Currency("RUB"), "印度卢比": Currency("INR"),
        "兰特": Currency("ZAR"), "新加坡元": Currency("SGD"), "瑞典克朗": Currency("SEK"),
        "挪威克朗": Currency("NOK"), "丹麦克朗": Currency("DKK"), "特别提款权": Currency("XDR"),
        "欧分": Currency("EUR", Decimal("0.01")), "比特币": Currency("XBT"),
        "美圆": _USD, "台币": Currency("TWD"), "奈拉": Currency("NGN"),
        "库纳": Currency("HRK"), "克罗地亚库纳": Currency("HRK"), "兹罗提": Currency("PLN"),
        "福林": Currency("HUF"), "里拉": Currency("TRY"), "雷亚尔": Currency("BRL"),
    },
    percent_before=("百分之",),
    percent_after=("%", "％", "个百分点", "百分点", "個百分點", "百分點"),
    fraction_marker="分之",
    share_words={"一半": 50, "半数": 50, "过半": 50, "百分之百": 100},
    share_suffixes={"成": 10},
    share_suffix_guards=("员", "为", "果", "立", "功", "就", "本", "型", "熟", "长"),
    units=(
        # classifiers
        "个", "名", "人", "项", "次", "起", "份", "件", "种", "类", "轮", "场", "批",
        "家", "所", "座", "条", "位", "只", "辆", "艘", "架", "套", "张", "册", "篇",
        "届", "例", "宗", "笔", "处", "株", "棵", "户", "字", "页", "人次", "份次", "個",
        # measures
        "吨", "公吨", "千克", "公斤", "克", "公顷", "平方米", "平方公里", "平方千米",
        "立方米", "公里", "千米", "米", "厘米", "毫米", "千瓦", "兆瓦", "吉瓦", "千瓦时",
        "英亩", "英里", "海里",
        # durations and ages
        "年", "个月", "周", "星期", "天", "小时", "分钟", "秒", "岁", "周年",
        # aspects: 三方面
        "方面",
        # multiples
        "倍",
    ),
    year_unit="年",
    range_joiners=("-", "–", "—", "~", "至", "到"),
    # 数百, 几千; two neighbouring digits are a rough range (二三十, 五六百)
    vague_prefixes=(
        "数", "几", "幾", "上", "一两", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九",
    ),
    vague_words=("千百万", "成千上万", "成百上千", "数以百万计", "数以千计", "数以万计", "无数"),
    # 第 makes an ordinal or a reference (第四次, 第12段); reference nouns before a number:
    # 项目5 and 议程项目71 (agenda item), 附件3 (annex), 行动12 (action), 规则5 (rule), 图1 (figure)
    ordinal_prefixes=("第", "项目", "附件", "附录", "行动", "规则", "图", "表"),  # 表9 (table), 附录2 (schedule)
    ordinal_guards={"表": ("代", "发", "报", "图", "列", "间", "览")},  # 代表 represent, 发表 publish, 时间表 …
    list_joiners=("和", "及", "与", "或", "、"),  # no comma: ，joins clauses
    unit_tails={"半": Decimal("0.5")},  # 四年半
    noun_modifiers=("大",),  # 五大机遇, 四大目标
    slash_denominator=10,  # 1/3的发达国家
    non_figure_spans=(
        # a time of day: 下午3时, 上午11时20分, 15时30分
        rf"(?:{_DAY_PERIODS})\s*{_HOUR}\s*[时点](?:\s*{_HOUR}\s*分)?|{_HOUR}\s*时(?!间|期|代|候|段|刻|光)(?:\s*{_HOUR}\s*分)?",
        _PHONE,
        r"(?<=[A-Za-z0-9])\(\d{1,2}\)",  # a short number in brackets glued to a code: B82(2)
    ),
    non_figure_followers=(
        "年代",  # 90 年代, 1990 年代: a decade
        "号", "國集團", "国集团", "世纪", "届会", "日", "号决议"),
    month_followers=("月",),
    lexical_exclusions=(
        "一起", "一道", "一同", "一级", "一体", "之一", "一致", "统一", "唯一", "一线",
        "一方面", "万一", "一带一路", "一切", "一些", "一系列", "一旦", "一直", "一般",
        "一样", "逐一", "一并", "一律", "一向", "一再", "一度", "一次性", "一手", "一流",
        "一贯", "一揽子", "一致性", "统一性", "一时", "一味", "一边", "一面", "专一",
        "进一步", "一把手", "一员", "一部分", "一侧", "两侧", "两性", "三方", "一本万利",
        "三思", "一目了然", "十足", "十分", "千方百计", "万无一失", "一举", "一环",
        "上一年", "下一年", "同一年", "前一年", "上一个", "下一个", "同一个",
        "这一", "那一", "每一", "同一",  # a determiner before 一: 这一年 is "this year"
        "上一次", "下一次", "十字",  # 红十字会 (the Red Cross)
        "两年期",  # a biennium: the budget period, not a count of years
        "一大",  # 一大批, 一大步: idioms
        "一看", "两两", "兩兩", "四川",
    ),
)

SUBJECTS = SubjectRules(
    stop_words=(
        # function words
        "以及", "中", "上", "里", "在", "是", "有", "为", "被", "将", "已", "并", "从", "向",
        "对", "使", "等", "及其", "共同", "一道", "一起",
        # verbs that commonly follow what was counted
        "提供", "进行", "参与", "参加", "获得", "开展", "加强", "启动", "运作", "举行", "加入",
        "受益", "磋商", "齐聚", "支持", "实施", "完成", "通过", "发起", "组成", "使用", "得到",
        "接受", "受到", "遭到", "面临", "达到", "包括", "涉及", "成为", "需要", "获释", "返回",
        "进入", "设立", "建立", "制定", "召开", "出席", "访问", "交流", "分配", "用于", "投入",
        "惠及", "覆盖", "帮助", "协助", "促进", "推动", "审议", "批准", "核实", "记录",
        "拨款", "编写", "拟定", "改进", "得以", "筹备", "落实", "加快",
    ),
    linker="的",
    noun_units=("人", "人次"),
    phrase_marks=",。;:、()()《》“”\"!?!?,;:",
    # jieba's part-of-speech tags (the ICTCLAS set)
    noun_tags=("n", "vn", "nz", "nt", "ns", "nr", "j", "an", "ng", "l"),  # nouns, noun-like words
    modifier_tags=("a", "b", "d", "ad"),  # adjectives, distinguishing words, adverbs
    conjunction_tags=("c", "cc"),
    list_conjunctions=("以及",),
)

# The 500 commonest characters of modern written Chinese, commonest first (character
# frequency lists of general corpora agree on nearly all of them): ordinary prose draws
# well over half its ideographs from these, the mojibake of another code page a tenth.
COMMON_CHARACTERS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
    "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第"
    "向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
    "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
    "队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单"
    "风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土"
    "许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省"
    "列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置"
    "派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
)

RULES = LanguageRules(
    lang="zh", layout=LAYOUT, numerals=NUMERALS, figures=FIGURES, subjects=SUBJECTS, script=CJK,
    code_pages=("gb18030", "big5"), common_characters=COMMON_CHARACTERS,
)
