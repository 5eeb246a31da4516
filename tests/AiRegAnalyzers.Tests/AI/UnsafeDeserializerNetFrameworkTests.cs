using System.Threading.Tasks;
using AiRegAnalyzers.AI;
using AiRegAnalyzers.Tests.Verifiers;
using Xunit;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>
/// AIREG204 on .NET Framework, where SoapFormatter, NetDataContractSerializer, LosFormatter and
/// ObjectStateFormatter still exist: compiled against the real .NET Framework 4.6.2 reference
/// assemblies restored with the test project (nothing is downloaded at test time).
/// </summary>
public class UnsafeDeserializerNetFrameworkTests
{
    private static readonly string[] Assemblies =
        ["mscorlib.dll", "System.dll", "System.Core.dll", "System.Xml.dll", "System.Runtime.Serialization.dll", "System.Runtime.Serialization.Formatters.Soap.dll", "System.Web.dll", "System.Web.Extensions.dll", "System.Runtime.Remoting.dll"];

    [Fact]
    public async Task Every_Formatter_IsFlagged()
    {
        var source = """
            using System.IO;
            using System.Runtime.Serialization;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Runtime.Serialization.Formatters.Soap;
            using System.Web.UI;

            public static class LegacyModelStore
            {
                public static object Load(Stream stream, string viewState)
                {
                    object a = {|AIREG204:new BinaryFormatter()|}.Deserialize(stream);
                    object b = {|AIREG204:new SoapFormatter()|}.Deserialize(stream);
                    object c = {|AIREG204:new NetDataContractSerializer()|}.ReadObject(stream);
                    object d = {|AIREG204:new LosFormatter()|}.Deserialize(viewState);
                    object e = {|AIREG204:new ObjectStateFormatter()|}.Deserialize(viewState);
                    object f = new DataContractSerializer(typeof(string)).ReadObject(stream);
                    return a ?? b ?? c ?? d ?? e ?? f;
                }
            }
            """;
        await RunAsync(source);
    }

    [Fact]
    public Task JavaScriptSerializer_with_a_type_resolver_is_flagged() => RunAsync("""
        using System;
        using System.Web.Script.Serialization;

        public sealed class PrefixResolver : JavaScriptTypeResolver
        {
            public override Type ResolveType(string id) => Type.GetType("Clinic.Models." + id);
            public override string ResolveTypeId(Type type) => type.Name;
        }

        public static class ImportService
        {
            private static readonly JavaScriptTypeResolver Shared = new SimpleTypeResolver();

            public static object Read(string json)
            {
                var a = new JavaScriptSerializer({|AIREG204:new SimpleTypeResolver()|});
                var b = new JavaScriptSerializer({|AIREG204:new PrefixResolver()|});
                var c = new JavaScriptSerializer({|AIREG204:Shared|});
                return a.DeserializeObject(json) ?? b.DeserializeObject(json) ?? c.DeserializeObject(json);
            }
        }
        """);

    [Fact]
    public Task JavaScriptSerializer_without_a_resolver_is_not_flagged() => RunAsync("""
        using System.Web.Script.Serialization;

        public static class ImportService
        {
            public static object Read(string json)
            {
                var a = new JavaScriptSerializer();
                var b = new JavaScriptSerializer(null);
                return a.DeserializeObject(json) ?? b.DeserializeObject(json);
            }
        }
        """);

    [Fact]
    public Task DataContractSerializer_with_a_resolver_that_reads_type_names_is_flagged() => RunAsync("""
        using System;
        using System.IO;
        using System.Runtime.Serialization;
        using System.Xml;

        public sealed class PayloadTypeResolver : DataContractResolver
        {
            public override Type ResolveName(string typeName, string typeNamespace, Type declaredType, DataContractResolver knownTypeResolver) =>
                knownTypeResolver.ResolveName(typeName, typeNamespace, declaredType, null) ?? Type.GetType(typeNamespace + "." + typeName);

            public override bool TryResolveType(Type type, Type declaredType, DataContractResolver knownTypeResolver, out XmlDictionaryString typeName, out XmlDictionaryString typeNamespace) =>
                knownTypeResolver.TryResolveType(type, declaredType, null, out typeName, out typeNamespace);
        }

        public static class Store
        {
            public static object Load(Stream stream, XmlDictionaryReader reader)
            {
                var a = new DataContractSerializer(typeof(object), null, int.MaxValue, false, false, null, {|AIREG204:new PayloadTypeResolver()|});
                var settings = new DataContractSerializerSettings { {|AIREG204:DataContractResolver = new PayloadTypeResolver()|} };
                var b = new DataContractSerializer(typeof(object), settings);
                var c = new DataContractSerializer(typeof(object)).ReadObject(reader, true, {|AIREG204:new PayloadTypeResolver()|});
                return a.ReadObject(stream) ?? b.ReadObject(stream) ?? c;
            }
        }
        """);

    [Fact]
    public Task DataContractSerializer_with_a_mapping_resolver_or_writing_is_not_flagged() => RunAsync("""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Runtime.Serialization;
        using System.Xml;

        public sealed class AllowListResolver : DataContractResolver
        {
            private static readonly Dictionary<string, Type> Allowed = new Dictionary<string, Type> { ["Visit"] = typeof(string) };

            public override Type ResolveName(string typeName, string typeNamespace, Type declaredType, DataContractResolver knownTypeResolver) =>
                Allowed.TryGetValue(typeName, out var type) ? type : knownTypeResolver.ResolveName(typeName, typeNamespace, declaredType, null);

            public override bool TryResolveType(Type type, Type declaredType, DataContractResolver knownTypeResolver, out XmlDictionaryString typeName, out XmlDictionaryString typeNamespace)
            {
                var name = type.GetType().Name;
                return knownTypeResolver.TryResolveType(type, declaredType, null, out typeName, out typeNamespace);
            }
        }

        public static class Store
        {
            public static object Load(Stream stream, XmlDictionaryWriter writer, DataContractResolver injected, object graph)
            {
                var a = new DataContractSerializer(typeof(object), null, int.MaxValue, false, false, null, new AllowListResolver());
                var b = new DataContractSerializer(typeof(object), new DataContractSerializerSettings { DataContractResolver = injected });
                a.WriteObject(writer, graph, injected);
                return a.ReadObject(stream) ?? b.ReadObject(stream);
            }
        }
        """);

    [Fact]
    public Task Remoting_TypeFilterLevel_Full_is_flagged_and_Low_is_not() => RunAsync("""
        using System.Collections;
        using System.Runtime.Remoting.Channels;
        using System.Runtime.Serialization.Formatters;

        public static class RemotingHost
        {
            public static IServerChannelSinkProvider Create()
            {
                var binary = new BinaryServerFormatterSinkProvider();
                {|AIREG204:binary.TypeFilterLevel = TypeFilterLevel.Full|};
                var soap = new SoapServerFormatterSinkProvider { {|AIREG204:TypeFilterLevel = TypeFilterLevel.Full|} };
                IDictionary properties = new Hashtable();
                {|AIREG204:properties["typeFilterLevel"] = "Full"|};
                properties["port"] = "Full";
                var low = new BinaryServerFormatterSinkProvider { TypeFilterLevel = TypeFilterLevel.Low };
                var fromConfig = new BinaryServerFormatterSinkProvider(properties, null);
                return soap.Next ?? low.Next ?? fromConfig;
            }
        }
        """);

    private static Task RunAsync(string source)
    {
        var test = new Verifiers.AnalyzerVerifier<UnsafeDeserializerAnalyzer>.Test { TestCode = source };
        NetFrameworkReferences.Use(test, Assemblies);
        return test.RunAsync();
    }
}
