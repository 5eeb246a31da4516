using System.Collections.Generic;

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

    /// <summary>Words that cancel every match (DESIGN.md list, plus metadata words found in real code).</summary>
    public static readonly HashSet<string> StopWords = new()
    {
        // already protected
        "hash", "hashed", "masked", "mask", "redacted", "encrypted", "protected", "obfuscated", "anonymized", "pseudonymized", "tokenized", "salt",
        // state and rules about the data, not the data
        "confirmed", "verified", "enabled", "disabled", "required", "length", "count", "format", "pattern", "regex", "template",
        "label", "placeholder", "validator", "validation", "options", "option", "column", "field", "type", "kind", "property",
        "policy", "settings", "setting", "config", "configuration", "attribute", "prefix", "suffix", "max", "min", "maximum", "minimum",
        "header", "claim", "provider", "service", "sender", "client", "server", "domain", "subject", "body", "url", "uri", "link",
        "endpoint", "route", "status", "changed", "exists", "unique", "index", "key", "resource", "message", "error",
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
    ];

    private static readonly string[] HealthUnless = ["check", "checks", "checker", "probe", "probes", "monitor", "monitoring", "endpoint", "report", "service", "status", "ui", "policy", "publisher"];

    private static readonly string[] MobileUnless = ["app", "apps", "application", "device", "view", "platform", "browser", "client", "layout", "menu", "nav", "site", "web", "version", "os", "sdk", "friendly", "first", "optimized", "breakpoint"];

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

        // names
        TU(Name, NameUnless, "full", "name"), T(Name, "fullname"), T(Name, "real", "name"), T(Name, "realname"),
        TU(Name, NameUnless, "first", "name"), T(Name, "firstname"), TU(Name, NameUnless, "last", "name"), T(Name, "lastname"),
        T(Name, "given", "name"), T(Name, "surname"), T(Name, "family", "name"), T(Name, "middle", "name"), T(Name, "maiden", "name"),
        T(Name, "legal", "name"), T(Name, "patient", "name"), T(Name, "xingming"), T(Name, "zhenshi", "xingming"), T(Name, "xing", "ming"),

        // contact
        T(Contact, "email"), T(Contact, "e", "mail"), T(Contact, "emails"), T(Contact, "mail", "address"), T(Contact, "email", "address"),
        T(Contact, "phone"), T(Contact, "phones"), T(Contact, "phone", "number"), T(Contact, "phonenumber"), T(Contact, "telephone"),
        T(Contact, "cellphone"), T(Contact, "cell", "phone"), T(Contact, "tel", "no"), T(Contact, "contact", "number"),
        TU(Contact, MobileUnless, "mobile"), T(Contact, "mobile", "number"), T(Contact, "fax", "number"),
        TU(Contact, AddressUnless, "address"), TU(Contact, AddressUnless, "addresses"), T(Contact, "street"), T(Contact, "postal", "code"),
        T(Contact, "postcode"), T(Contact, "zip", "code"), T(Contact, "zipcode"), T(Contact, "wechat", "id"), T(Contact, "weixin"),
        T(Contact, "qq", "number"), T(Contact, "shouji"), T(Contact, "shoujihao"), T(Contact, "shouji", "hao"), T(Contact, "dianhua"),
        T(Contact, "lianxi", "dianhua"), T(Contact, "dizhi"), T(Contact, "youxiang"), T(Contact, "lianxifangshi"),

        // financial (sensitive: 个人财产信息)
        T(Financial, "bank", "card"), T(Financial, "bankcard"), T(Financial, "card", "number"), T(Financial, "cardnumber"), T(Financial, "card", "no"),
        T(Financial, "credit", "card"), T(Financial, "creditcard"), T(Financial, "debit", "card"), T(Financial, "iban"), T(Financial, "cvv"),
        T(Financial, "cvc"), T(Financial, "bank", "account"), T(Financial, "account", "number"), T(Financial, "routing", "number"),
        T(Financial, "salary"), T(Financial, "income"), T(Financial, "wage"), T(Financial, "wages"), T(Financial, "credit", "score"),
        T(Financial, "yinhangka"), T(Financial, "yinhang", "ka"), T(Financial, "kahao"), T(Financial, "yinhang", "zhanghao"),
        T(Financial, "gongzi"), T(Financial, "xinzi"), T(Financial, "shouru"),

        // health (sensitive: 个人健康生理信息)
        T(Health, "medical"), T(Health, "diagnosis"), T(Health, "diagnoses"), TU(Health, HealthUnless, "health"), T(Health, "medication"),
        T(Health, "medications"), T(Health, "prescription"), T(Health, "prescriptions"), T(Health, "allergy"), T(Health, "allergies"),
        T(Health, "symptom"), T(Health, "symptoms"), T(Health, "disease"), T(Health, "diseases"), T(Health, "illness"), T(Health, "blood", "type"),
        T(Health, "disability"), T(Health, "pregnancy"), T(Health, "hiv"), T(Health, "bingli"), T(Health, "zhenduan"), T(Health, "bingshi"),
        T(Health, "jiankang"), T(Health, "condition", "notes"), T(Health, "clinical", "notes"),

        // biometric (sensitive: 生物识别信息)
        T(Biometric, "fingerprint"), T(Biometric, "finger", "print"), T(Biometric, "fingerprints"), T(Biometric, "face", "id"),
        T(Biometric, "face", "image"), T(Biometric, "face", "photo"), T(Biometric, "face", "data"), T(Biometric, "face", "feature"),
        T(Biometric, "face", "features"), T(Biometric, "face", "embedding"), T(Biometric, "face", "encoding"), T(Biometric, "facial"),
        T(Biometric, "voiceprint"), T(Biometric, "voice", "print"), T(Biometric, "iris"), T(Biometric, "retina"), T(Biometric, "palmprint"),
        T(Biometric, "biometric"), T(Biometric, "biometrics"), T(Biometric, "zhiwen"), T(Biometric, "renlian"), T(Biometric, "shengwen"),

        // location (sensitive: 行踪轨迹)
        T(Location, "gps"), T(Location, "latitude"), T(Location, "longitude"), T(Location, "geolocation"), T(Location, "geo", "location"),
        TU(Location, LocationUnless, "location"), T(Location, "coordinates"), T(Location, "trajectory"), T(Location, "whereabouts"),
        T(Location, "xingzong"), T(Location, "guiji"), T(Location, "dingwei"), T(Location, "jingdu"), T(Location, "weidu"),

        // belief and ethnicity (sensitive: 宗教信仰, 特定身份)
        T(Belief, "religion"), T(Belief, "religious"), T(Belief, "ethnicity"), T(Belief, "ethnic"), T(Belief, "zongjiao"), T(Belief, "minzu"),

        // minors (sensitive: 不满十四周岁未成年人)
        T(Minor, "child", "name"), T(Minor, "minor", "name"), T(Minor, "ertong"), T(Minor, "guardian", "name"),

        // credentials (sensitive: 身份鉴别信息)
        T(Credential, "password"), T(Credential, "passwd"), T(Credential, "pwd"), T(Credential, "passphrase"), T(Credential, "pin", "code"),
        T(Credential, "security", "answer"), T(Credential, "mima"),

        // online identifiers (网络身份标识信息)
        T(Online, "ip"), T(Online, "ip", "address"), T(Online, "ipaddress"), T(Online, "device", "id"), T(Online, "deviceid"), T(Online, "imei"),
        T(Online, "imsi"), T(Online, "mac", "address"), T(Online, "openid"), T(Online, "open", "id"), T(Online, "unionid"), T(Online, "union", "id"),
        T(Online, "idfa"), T(Online, "advertising", "id"), T(Online, "username"), T(Online, "user", "name"), T(Online, "login", "name"),
        T(Online, "account", "name"), T(Online, "zhanghao"),

        // demographic (个人基本资料)
        T(Demographic, "birth", "date"), T(Demographic, "birthdate"), T(Demographic, "date", "of", "birth"), T(Demographic, "dob"),
        T(Demographic, "birthday"), T(Demographic, "birth", "day"), T(Demographic, "gender"), T(Demographic, "sex"), T(Demographic, "nationality"),
        T(Demographic, "marital", "status"), T(Demographic, "chusheng", "riqi"), T(Demographic, "chushengriqi"), T(Demographic, "shengri"),
        T(Demographic, "xingbie"),
    ];

    private static Term T(PersonalDataClassification classification, params string[] words) => new(words, classification, unless: null);

    private static Term TU(PersonalDataClassification classification, string[] unless, params string[] words) => new(words, classification, unless);
}
