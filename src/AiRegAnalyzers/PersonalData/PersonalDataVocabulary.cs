namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// The built-in name vocabulary: terms (sequences of identifier words, English and pinyin) that
/// mark a value as personal data, and the words that cancel a match because the value is
/// already protected or is metadata about the data rather than the data itself.
/// </summary>
internal static class PersonalDataVocabulary
{
    /// <summary>A term of one or more words, with words that cancel this term only (e.g. "address" in "AddressFamily").</summary>
    internal sealed class Term
    {
        public Term(string[] words, PersonalDataClassification classification, string[]? unless)
        {
            Words = words;
            Classification = classification;
            Unless = unless;
        }

        public string[] Words { get; }

        public PersonalDataClassification Classification { get; }

        public string[]? Unless { get; }
    }

    /// <summary>
    /// Words that cancel a match wherever they stand: the value is already protected, or the
    /// identifier is about a rule or a measure of the data (<c>MaskedEmail</c>, <c>PasswordRequiredLength</c>).
    /// </summary>
    public static readonly HashSet<string> StopWords = new()
    {
        // already protected
        "hash", "hashed", "masked", "mask", "redacted", "encrypted", "protected", "obfuscated", "anonymized", "pseudonymized", "tokenized", "salt",
        "salted", "cipher", "ciphertext", "digest", "hmac",
        // state and rules about the data, not the data
        "confirmed", "verified", "enabled", "disabled", "required", "length", "count", "format", "pattern", "regex", "template",
        "label", "placeholder", "validator", "validation", "max", "min", "maximum", "minimum", "changed", "exists", "unique", "strength",
    };

    /// <summary>
    /// Head nouns that cancel a match only when they follow the matched term: in English compounds
    /// the last noun says what the thing is, so <c>EmailSettings</c> is settings and <c>EmailSender</c>
    /// a service, while <c>SenderEmail</c> and <c>ClientEmail</c> are e-mail addresses.
    /// </summary>
    public static readonly HashSet<string> HeadWords = new()
    {
        "options", "option", "column", "field", "type", "types", "kind", "property", "policy", "settings", "setting", "config", "configuration",
        "attribute", "prefix", "suffix", "header", "claim", "provider", "service", "sender", "client", "server", "domain", "subject", "body",
        "url", "uri", "link", "endpoint", "route", "status", "index", "key", "resource", "message", "error", "handler", "builder", "factory",
        "repository", "controller", "manager", "hasher", "dialog", "modal", "button", "textbox", "box", "view", "page", "component",
        "id", "ids", "code", "codes", "otp", "captcha", "verification", "host", "port", "smtp", "queue", "job", "worker", "event", "events",
        "notification", "notifications", "expiry", "expires", "expiration", "expired", "reset", "visible", "visibility", "editable",
        "readonly", "mode", "whitelist", "blacklist", "allowlist", "blocklist", "filter", "filters", "parser", "converter", "formatter",
        "generator", "checker", "check", "lookup", "characters", "chars", "char", "mapping", "mapper", "schema", "step", "tab", "section", "icon", "tooltip", "hint",
        "caption", "heading",
        // about the data, not the data: when it changed, how often, what protects it (LastPasswordChangeDate, PasswordExpiresAt)
        "date", "time", "timestamp", "at", "utc", "change", "changes", "attempt", "attempts", "token", "tokens", "confirmation",
        "stamp", "version", "updated", "created", "modified", "question", "iterations", "iteration", "rounds", "algorithm",
        "lifetime", "duration", "interval", "ttl", "sent", "office", "issuing", "issuer", "issued", "authority", "valid", "validity",
        "upto", "until",
    };

    /// <summary>
    /// Words that join a head to its modifier (<c>idsWithMissingEmail</c>, <c>ListOfPhones</c>, <c>OrdersForEmail</c>):
    /// a term after them does not make the head personal data.
    /// </summary>
    public static readonly HashSet<string> RelationWords = new()
    {
        "with", "without", "for", "of", "by", "from", "per", "missing", "having", "lacking", "matching", "containing",
    };

    /// <summary>
    /// Verbs that, leading a method name, say the method acts on the data rather than returning it
    /// (<c>SendEmailAsync</c>, <c>ValidateIdNumber</c>); <c>GetEmail</c> and <c>NormalizeEmail</c> still return it.
    /// </summary>
    public static readonly HashSet<string> ActionVerbs = new()
    {
        "send", "validate", "verify", "check", "reset", "update", "change", "delete", "remove", "set", "is", "has", "can", "should",
        "notify", "handle", "on", "try", "ensure", "assert", "require", "register", "clear", "add", "save", "store", "write", "log", "use",
        "configure", "map", "test", "mock", "request", "resend", "invalidate", "allow", "disable", "enable", "show", "hide", "render", "open",
    };

    private static readonly PersonalDataClassification Identity = new(PersonalDataCategory.Identity, isSensitive: true);
    private static readonly PersonalDataClassification Name = new(PersonalDataCategory.Identity, isSensitive: false);
    private static readonly PersonalDataClassification Contact = new(PersonalDataCategory.Contact, isSensitive: false);
    private static readonly PersonalDataClassification Financial = new(PersonalDataCategory.Financial, isSensitive: true);
    private static readonly PersonalDataClassification Health = new(PersonalDataCategory.Health, isSensitive: true);
    private static readonly PersonalDataClassification Biometric = new(PersonalDataCategory.Biometric, isSensitive: true);
    private static readonly PersonalDataClassification Location = new(PersonalDataCategory.Location, isSensitive: true);
    private static readonly PersonalDataClassification Belief = new(PersonalDataCategory.Belief, isSensitive: true);
    private static readonly PersonalDataClassification Minor = new(PersonalDataCategory.Minor, isSensitive: true);
    private static readonly PersonalDataClassification Credential = new(PersonalDataCategory.Credential, isSensitive: true);
    private static readonly PersonalDataClassification Online = new(PersonalDataCategory.OnlineIdentifier, isSensitive: false);
    private static readonly PersonalDataClassification Demographic = new(PersonalDataCategory.Demographic, isSensitive: false);

    private static readonly string[] AddressUnless =
    [
        "base", "host", "listen", "bind", "binding", "memory", "pointer", "proxy", "gateway", "web", "family", "contract",
        "network", "broadcast", "loopback", "multicast", "local", "remote", "relative", "absolute", "return", "start", "end",
        "physical", "virtual", "register", "cell", "range", "book", "bar", "smtp", "mail", "dns", "redirect", "callback", "reply",
        "public", "private", "internal", "external", "socket", "node", "peer", "server", "service",
    ];

    private static readonly string[] LocationUnless =
    [
        "file", "path", "dir", "directory", "folder", "assembly", "storage", "blob", "code", "source", "install", "installation",
        "output", "cache", "app", "page", "image", "content", "base", "relative", "absolute", "data", "db", "database", "log",
        "config", "backup", "temp", "target", "save", "download", "upload", "module", "type", "symbol", "text", "span", "line",
        "error", "build", "project", "package", "schema", "template", "view", "response", "request", "redirect", "new", "old",
        "store", "shop", "warehouse", "event", "office", "venue", "branch", "pickup", "meeting", "region", "datacenter", "bucket", "asset",
        "item", "stock", "inventory", "bin", "shelf", "service", "server", "cloud", "resource", "deployment", "azure", "aws", "key", "vault",
        "script", "executable", "exe", "binary", "bundle", "manifest", "header", "object", "memory", "stream", "document", "doc", "checkpoint",
    ];

    private static readonly string[] HealthUnless = ["check", "checks", "checker", "checking", "probe", "probes", "monitor", "monitoring", "endpoint", "report", "service", "status", "ui", "policy", "publisher", "system", "server", "cluster", "node", "app", "api", "db", "database", "liveness", "readiness", "startup", "degraded", "healthy", "unhealthy", "bar", "points", "hp", "player", "enemy", "boss", "regen", "regeneration", "pack", "potion"];

    private static readonly string[] MobileUnless = ["app", "apps", "application", "device", "view", "platform", "browser", "client", "layout", "menu", "nav", "site", "web", "version", "os", "sdk", "friendly", "first", "optimized", "breakpoint"];

    private static readonly string[] IpUnless =
    [
        "local", "server", "listen", "listening", "bind", "binding", "loopback", "gateway", "proxy", "proxies", "dns", "host", "allowed", "trusted",
        "known", "range", "ranges", "internal", "private", "subnet", "cidr", "docker", "container", "node", "cluster", "vm", "machine", "pod",
        "database", "db", "redis", "smtp", "mail", "api", "public", "static", "virtual", "whitelisted", "blocked", "banned", "version", "v4", "v6",
    ];

    private static readonly string[] UserNameUnless = ["db", "database", "sql", "smtp", "mail", "ftp", "redis", "proxy", "broker", "mq", "admin", "service", "system", "api", "registry", "docker", "git"];

    private static readonly string[] AgeUnless = ["max", "min", "cache", "cookie", "token", "session", "file", "content", "data", "entry", "message", "item", "record", "password", "key", "certificate", "cert", "snapshot", "log", "stale"];

    /// <summary>Cards that are not payment cards: an access badge, a membership or gift card, a SIM or SD card.</summary>
    private static readonly string[] CardUnless =
    [
        "access", "badge", "member", "membership", "gift", "loyalty", "library", "sim", "sd", "key", "parking", "vip", "game",
        "graphics", "video", "network", "business", "punch", "attendance", "door", "swipe", "rfid", "nfc", "huiyuan", "menjin", "kaoqin",
    ];

    private static readonly string[] FacialUnless = ["expression", "animation", "rig", "blend"];

    private static readonly string[] NameUnless = ["file", "class", "type", "method", "property", "host", "machine", "server", "assembly", "display", "table", "column", "queue", "topic", "app", "product", "company", "project"];

    /// <summary>Every built-in term. Multi-word terms match consecutive identifier words.</summary>
    public static readonly Term[] Terms =
    [
        // identity documents (sensitive: GB/T 35273 B.2 "特定身份")
        T(Identity, "id", "card"), T(Identity, "idcard"), T(Identity, "id", "number"), T(Identity, "idnumber"), T(Identity, "id", "no"),
        T(Identity, "national", "id"), T(Identity, "nationalid"), T(Identity, "identity", "number"), T(Identity, "identity", "card"),
        T(Identity, "citizen", "id"), T(Identity, "resident", "id"), T(Identity, "ssn"), T(Identity, "social", "security", "number"),
        T(Identity, "passport"), T(Identity, "passport", "number"), T(Identity, "driver", "license"), T(Identity, "driving", "licence"),
        T(Identity, "driver", "licence"), T(Identity, "license", "number"), T(Identity, "tax", "id"),
        T(Identity, "shenfenzheng"), T(Identity, "shenfenzhenghao"), T(Identity, "sfz"), T(Identity, "sfzh"), T(Identity, "sfzhm"),
        T(Identity, "zhengjian", "hao"), T(Identity, "zhengjianhao"), T(Identity, "zhengjianhaoma"), T(Identity, "huzhao"),
        T(Identity, "zjhm"), T(Identity, "zjh"), T(Identity, "zhengjian", "haoma"), T(Identity, "shenfenzheng", "hao"), T(Identity, "shenfenzheng", "haoma"),
        T(Identity, "id", "card", "number"), T(Identity, "id", "card", "no"), T(Identity, "identity", "card", "number"), T(Identity, "id", "card", "num"),
        T(Identity, "national", "id", "number"), T(Identity, "identity", "document"), T(Identity, "id", "document"), T(Identity, "nric"),
        T(Identity, "hukou"), T(Identity, "military", "id"), T(Identity, "social", "insurance", "number"), T(Identity, "medical", "insurance", "number"),
        T(Identity, "yibao", "kahao"), T(Identity, "shebao", "kahao"),
        T(Identity, "aadhaar"), T(Identity, "aadhar"), T(Identity, "aadhaar", "number"), T(Identity, "aadhar", "number"), T(Identity, "aadharnumber"),
        T(Identity, "pan", "number"), T(Identity, "pannumber"), T(Identity, "pan", "no"), T(Identity, "pan", "card"), T(Identity, "nino"),
        T(Identity, "national", "insurance", "number"),

        // names
        TU(Name, NameUnless, "full", "name"), T(Name, "fullname"), TU(Name, NameUnless, "real", "name"), TU(Name, NameUnless, "realname"), TU(Name, NameUnless, "true", "name"), TU(Name, NameUnless, "truename"),
        TU(Name, NameUnless, "first", "name"), T(Name, "firstname"), TU(Name, NameUnless, "last", "name"), T(Name, "lastname"),
        T(Name, "given", "name"), T(Name, "surname"), T(Name, "family", "name"), T(Name, "middle", "name"), T(Name, "maiden", "name"),
        T(Name, "legal", "name"), T(Name, "xingming"), T(Name, "zhenshi", "xingming"), T(Name, "xing", "ming"), T(Name, "zsxm"),
        T(Name, "patient", "name"), T(Name, "customer", "name"), T(Name, "employee", "name"), T(Name, "student", "name"), T(Name, "contact", "name"),
        T(Name, "recipient", "name"), T(Name, "receiver", "name"), T(Name, "consignee"), T(Name, "consignee", "name"), T(Name, "holder", "name"),
        T(Name, "cardholder"), T(Name, "card", "holder"), T(Name, "applicant", "name"), T(Name, "member", "name"), T(Name, "person", "name"),
        T(Name, "passenger", "name"), T(Name, "driver", "name"), T(Name, "owner", "name"), T(Name, "buyer", "name"), T(Name, "tenant", "name"),
        T(Name, "spouse", "name"), T(Name, "parent", "name"), T(Name, "father", "name"), T(Name, "mother", "name"), T(Name, "emergency", "contact"),
        T(Name, "shouhuoren"), T(Name, "lianxiren"), T(Name, "license", "plate"), T(Name, "plate", "number"), T(Name, "chepai"), T(Name, "chepaihao"),

        // contact
        T(Contact, "email"), T(Contact, "e", "mail"), T(Contact, "emails"), T(Contact, "mail", "address"), T(Contact, "email", "address"),
        T(Contact, "phone"), T(Contact, "phones"), T(Contact, "phone", "number"), T(Contact, "phonenumber"), T(Contact, "telephone"),
        T(Contact, "cellphone"), T(Contact, "cell", "phone"), T(Contact, "tel", "no"), T(Contact, "contact", "number"),
        TU(Contact, MobileUnless, "mobile"), T(Contact, "mobile", "number"), T(Contact, "fax", "number"),
        TU(Contact, AddressUnless, "address"), TU(Contact, AddressUnless, "addresses"), T(Contact, "street"), T(Contact, "postal", "code"),
        T(Contact, "postcode"), T(Contact, "zip", "code"), T(Contact, "zipcode"), T(Contact, "wechat", "id"), T(Contact, "weixin"),
        T(Contact, "qq", "number"), T(Contact, "shouji"), T(Contact, "shoujihao"), T(Contact, "shouji", "hao"), T(Contact, "dianhua"),
        T(Contact, "lianxi", "dianhua"), T(Contact, "dizhi"), T(Contact, "youxiang"), T(Contact, "lianxifangshi"), T(Contact, "sjhm"), T(Contact, "sjh"),
        T(Contact, "lxdh"), T(Contact, "shouji", "haoma"), T(Contact, "shoujihaoma"), T(Contact, "jtzz"), T(Contact, "zhuzhi"), T(Contact, "jiating", "zhuzhi"),
        T(Contact, "shouhuo", "dizhi"), T(Contact, "lianxi", "fangshi"), T(Contact, "mobile", "phone"), T(Contact, "msisdn"), T(Contact, "email", "addr"),
        TU(Contact, AddressUnless, "addr"), T(Contact, "tel"), T(Contact, "qq"), T(Contact, "weixin", "hao"), T(Contact, "wxid"),

        // financial (sensitive: 个人财产信息)
        T(Financial, "bank", "card"), T(Financial, "bankcard"), TU(Financial, CardUnless, "card", "number"), T(Financial, "cardnumber"), TU(Financial, CardUnless, "card", "no"),
        T(Financial, "credit", "card"), T(Financial, "creditcard"), T(Financial, "debit", "card"), T(Financial, "iban"), T(Financial, "cvv"),
        T(Financial, "cvc"), T(Financial, "bank", "account"), T(Financial, "account", "number"), T(Financial, "routing", "number"),
        T(Financial, "salary"), T(Financial, "income"), T(Financial, "wage"), T(Financial, "wages"), T(Financial, "credit", "score"),
        T(Financial, "yinhangka"), T(Financial, "yinhang", "ka"), TU(Financial, CardUnless, "kahao"), T(Financial, "yinhang", "zhanghao"),
        T(Financial, "gongzi"), T(Financial, "xinzi"), T(Financial, "shouru"), T(Financial, "yhkh"), T(Financial, "yinhangkahao"),
        T(Financial, "bank", "card", "number"), T(Financial, "bank", "account", "number"), T(Financial, "credit", "card", "number"), T(Financial, "swift", "code"),
        T(Financial, "card", "cvv"), T(Financial, "card", "security", "code"), T(Financial, "tax", "return"), T(Financial, "net", "worth"),

        // health (sensitive: 个人健康生理信息)
        T(Health, "medical"), T(Health, "diagnosis"), T(Health, "diagnoses"), TU(Health, HealthUnless, "health"), T(Health, "medication"),
        T(Health, "medications"), T(Health, "prescription"), T(Health, "prescriptions"), T(Health, "allergy"), T(Health, "allergies"),
        T(Health, "symptom"), T(Health, "symptoms"), T(Health, "disease"), T(Health, "diseases"), T(Health, "illness"), T(Health, "blood", "type"), T(Health, "blood", "group"),
        T(Health, "disability"), T(Health, "pregnancy"), T(Health, "hiv"), T(Health, "bingli"), T(Health, "zhenduan"), T(Health, "bingshi"),
        T(Health, "jiankang"), T(Health, "condition", "notes"), T(Health, "clinical", "notes"), T(Health, "mrn"), T(Health, "chief", "complaint"),
        T(Health, "lab", "result"), T(Health, "lab", "results"), T(Health, "treatment"), T(Health, "treatments"), T(Health, "vaccination"), T(Health, "vaccinations"),
        T(Health, "blood", "pressure"), T(Health, "heart", "rate"), T(Health, "genetic"), T(Health, "genome"), T(Health, "dna"), T(Health, "sexual", "orientation"),
        T(Health, "sex", "life"), T(Health, "mental"), T(Health, "psychiatric"), T(Health, "medical", "history"), T(Health, "bingli", "hao"), T(Health, "bingzheng"),
        T(Health, "jibing"), T(Health, "yongyao"), T(Health, "guomin"), T(Health, "zhusu"),

        // biometric (sensitive: 生物识别信息)
        T(Biometric, "fingerprint"), T(Biometric, "finger", "print"), T(Biometric, "fingerprints"), T(Biometric, "face", "id"),
        T(Biometric, "face", "image"), T(Biometric, "face", "photo"), T(Biometric, "face", "data"), T(Biometric, "face", "feature"),
        T(Biometric, "face", "features"), T(Biometric, "face", "embedding"), T(Biometric, "face", "encoding"), T(Biometric, "face", "template"),
        TU(Biometric, FacialUnless, "facial"), T(Biometric, "voiceprint"), T(Biometric, "voice", "print"), T(Biometric, "iris", "scan"), T(Biometric, "iris", "image"),
        T(Biometric, "iris", "code"), T(Biometric, "retina", "scan"), T(Biometric, "palmprint"), T(Biometric, "palm", "print"), T(Biometric, "face", "photo"),
        T(Biometric, "face", "vector"), T(Biometric, "gait"), T(Biometric, "renlian", "tezheng"), T(Biometric, "hongmo"),
        T(Biometric, "biometric"), T(Biometric, "biometrics"), T(Biometric, "zhiwen"), T(Biometric, "renlian"), T(Biometric, "shengwen"),

        // location (sensitive: 行踪轨迹)
        T(Location, "gps"), T(Location, "latitude"), T(Location, "longitude"), T(Location, "geolocation"), T(Location, "geo", "location"),
        TU(Location, LocationUnless, "location"), T(Location, "coordinates"), T(Location, "trajectory"), T(Location, "whereabouts"),
        T(Location, "xingzong"), T(Location, "guiji"), T(Location, "dingwei"), T(Location, "jingdu"), T(Location, "weidu"), T(Location, "lat", "lng"),
        T(Location, "lat", "lon"), T(Location, "geo", "point"), T(Location, "geohash"), T(Location, "current", "position"), T(Location, "last", "known", "position"),
        T(Location, "location", "history"), T(Location, "checkin", "location"),

        // belief and ethnicity (sensitive: 宗教信仰, 特定身份)
        T(Belief, "religion"), T(Belief, "religious"), T(Belief, "ethnicity"), T(Belief, "ethnic"), T(Belief, "zongjiao"), T(Belief, "minzu"),

        // minors (sensitive: 不满十四周岁未成年人)
        T(Minor, "child", "name"), T(Minor, "minor", "name"), T(Minor, "ertong"), T(Minor, "guardian", "name"), T(Minor, "child", "birth", "date"), T(Minor, "weichengnianren"),

        // credentials (sensitive: 身份鉴别信息)
        T(Credential, "password"), T(Credential, "passwd"), T(Credential, "pwd"), T(Credential, "passphrase"), T(Credential, "pin", "code"),
        T(Credential, "security", "answer"), T(Credential, "mima"), T(Credential, "security", "question", "answer"), T(Credential, "secret", "answer"),

        // online identifiers (网络身份标识信息)
        TU(Online, IpUnless, "ip"), TU(Online, IpUnless, "ip", "address"), TU(Online, IpUnless, "ipaddress"), TU(Online, IpUnless, "ip", "addr"), TU(Online, IpUnless, "ips"), T(Online, "device", "id"), T(Online, "deviceid"), T(Online, "imei"),
        T(Online, "imsi"), T(Online, "mac", "address"), T(Online, "openid"), T(Online, "open", "id"), T(Online, "unionid"), T(Online, "union", "id"),
        T(Online, "idfa"), T(Online, "advertising", "id"), TU(Online, UserNameUnless, "username"), TU(Online, UserNameUnless, "user", "name"), T(Online, "login", "name"),
        T(Online, "account", "name"), T(Online, "zhanghao"), T(Online, "nickname"), T(Online, "nick", "name"), T(Online, "normalized", "user", "name"),
        T(Online, "android", "id"), T(Online, "oaid"), T(Online, "device", "token"), T(Online, "push", "token"), T(Online, "mac", "addr"), T(Online, "iccid"),
        T(Online, "user", "agent"), T(Online, "cookie", "id"), T(Online, "browser", "fingerprint"), T(Online, "device", "fingerprint"), T(Online, "shebei", "hao"),

        // demographic (个人基本资料)
        T(Demographic, "birth", "date"), T(Demographic, "birthdate"), T(Demographic, "date", "of", "birth"), T(Demographic, "dob"),
        T(Demographic, "birthday"), T(Demographic, "birth", "day"), T(Demographic, "gender"), T(Demographic, "sex"), T(Demographic, "nationality"),
        T(Demographic, "marital", "status"), T(Demographic, "chusheng", "riqi"), T(Demographic, "chushengriqi"), T(Demographic, "shengri"),
        T(Demographic, "xingbie"), T(Demographic, "csrq"), T(Demographic, "nianling"), TU(Demographic, AgeUnless, "age"), T(Demographic, "birth", "place"),
        T(Demographic, "place", "of", "birth"), T(Demographic, "marital"), T(Demographic, "hunyin"), T(Demographic, "education", "level"), T(Demographic, "xueli"),
    ];

    private static Term T(PersonalDataClassification classification, params string[] words) => new(words, classification, unless: null);

    private static Term TU(PersonalDataClassification classification, string[] unless, params string[] words) => new(words, classification, unless);
}
