using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.UnsafeDeserializerAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

public class UnsafeDeserializerAnalyzerTests
{
    [Fact]
    public async Task BinaryFormatter_IsFlagged()
    {
        var source = """
            #pragma warning disable SYSLIB0011
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            public static class ModelStore
            {
                public static object Load(Stream stream)
                {
                    var formatter = {|AIREG204:new BinaryFormatter()|};
                    return formatter.Deserialize(stream);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Newtonsoft_TypeNameHandling_OtherThanNone_IsFlagged()
    {
        var source = """
            using Newtonsoft.Json;

            public class Dataset { public string[] Rows { get; set; } = []; }

            public static class DatasetLoader
            {
                public static Dataset? Load(string json)
                {
                    var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto };
                    settings.TypeNameHandling = {|AIREG204:TypeNameHandling.All|};
                    var serializer = JsonSerializer.Create();
                    serializer.TypeNameHandling = {|AIREG204:TypeNameHandling.Objects|};
                    serializer.TypeNameHandling = {|AIREG204:TypeNameHandling.Objects | TypeNameHandling.Arrays|};
                    return JsonConvert.DeserializeObject<Dataset>(json, settings);
                }
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic("AIREG204").WithSpan(9, 72, 9, 93).WithArguments("JsonSerializerSettings.TypeNameHandling = TypeNameHandling.Auto"));
    }

    [Fact]
    public async Task TypeNameHandling_on_settings_used_only_to_write_json_is_not_flagged()
    {
        var source = """
            using System.IO;
            using Newtonsoft.Json;

            public class Snapshot { public object[] Items { get; set; } = []; }

            public static class SnapshotWriter
            {
                public static string Inline(Snapshot snapshot) =>
                    JsonConvert.SerializeObject(snapshot, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All });

                public static string ViaLocal(Snapshot snapshot)
                {
                    var settings = new JsonSerializerSettings { Formatting = Formatting.Indented };
                    settings.TypeNameHandling = TypeNameHandling.Objects;
                    return JsonConvert.SerializeObject(snapshot, settings);
                }

                public static void ToWriter(Snapshot snapshot, TextWriter writer)
                {
                    var serializer = JsonSerializer.Create();
                    serializer.TypeNameHandling = TypeNameHandling.Auto;
                    serializer.Serialize(writer, snapshot);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task TypeNameHandling_on_settings_that_also_read_json_is_flagged()
    {
        var source = """
            using Newtonsoft.Json;

            public class Snapshot { public object[] Items { get; set; } = []; }

            public static class SnapshotStore
            {
                private static readonly JsonSerializerSettings Shared = new() { TypeNameHandling = {|AIREG204:TypeNameHandling.All|} };

                public static Snapshot? RoundTrip(Snapshot snapshot)
                {
                    var settings = new JsonSerializerSettings { TypeNameHandling = {|AIREG204:TypeNameHandling.Auto|} };
                    var json = JsonConvert.SerializeObject(snapshot, settings);
                    return JsonConvert.DeserializeObject<Snapshot>(json, settings);
                }

                public static JsonSerializerSettings Create() => new() { TypeNameHandling = {|AIREG204:TypeNameHandling.Objects|} };
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Safe_Settings_And_LookAlikes_AreNotFlagged()
    {
        var source = """
            using Newtonsoft.Json;

            public class Options { public TypeNameHandling TypeNameHandling { get; set; } }
            public class Other { public int TypeNameHandling { get; set; } }

            public static class DatasetLoader
            {
                public static void Configure(TypeNameHandling configured)
                {
                    var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
                    settings.TypeNameHandling = configured;
                    new Other { TypeNameHandling = 3 };
                    var json = System.Text.Json.JsonSerializer.Serialize(settings);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Newtonsoft_Attribute_Arguments_AreFlagged()
    {
        var source = """
            using System.Collections.Generic;
            using Newtonsoft.Json;

            [JsonObject(ItemTypeNameHandling = {|AIREG204:TypeNameHandling.Objects|})]
            public class Dataset
            {
                [JsonProperty(TypeNameHandling = {|AIREG204:TypeNameHandling.All|})]
                public List<object> Rows { get; set; } = new();

                [JsonProperty(TypeNameHandling = TypeNameHandling.None, Order = 2)]
                public string Name { get; set; } = "";
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task BrokenCode_DoesNotThrow()
    {
        var source = """
            using Newtonsoft.Json;

            public static class Loader
            {
                public static void M()
                {
                    var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.{|CS0117:Everything|} };
                    var formatter = new {|CS0246:SoapFormatter|}();
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
