using System.Linq;
using AiRegAnalyzers.Flow;
using AiRegAnalyzers.PersonalData;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace AiRegAnalyzers.Tests.Flow;

/// <summary>
/// The flow core on its own, with a source of its own: a reference to anything named <c>secret</c>,
/// or (for member writes) the literal <c>"s3cr3t"</c>. Each case asks what the argument of <c>Sink(...)</c> comes from.
/// </summary>
public class ValueFlowTests
{
    private const string Members = """
        string secret = "";
        string other = "";
        Holder? holder;
        static void Sink(object? value) { }
        static string Wrap(string s) => "[" + s.Trim() + "]";
        static string Constant(string s) => "fixed";
        string Secret() => secret;
        async System.Threading.Tasks.Task<string> SecretAsync() { await System.Threading.Tasks.Task.Yield(); return secret; }
        """;

    private const string Types = """
        class Holder { public string secret = ""; public string Value { get; set; } = ""; }
        """;

    [Theory]
    [InlineData("var a = secret; Sink(a);")]
    [InlineData("var a = \"x\"; a += secret; Sink(a);")]
    [InlineData("string a = secret; a = a.Trim(); Sink(a);")]
    [InlineData("var (a, b) = (\"x\", secret); Sink(b);")]
    [InlineData("string a, b; (a, b) = (other, secret); Sink(b);")]
    [InlineData("Sink((1, secret));")]
    [InlineData("Sink(flag ? \"x\" : secret);")]
    [InlineData("Sink(other ?? secret);")]
    [InlineData("Sink(holder?.secret);")]
    [InlineData("Sink($\"id {secret}\");")]
    [InlineData("Sink(\"id \" + secret);")]
    [InlineData("Sink(string.Format(\"{0}\", secret));")]
    [InlineData("Sink(string.Concat(\"a\", secret));")]
    [InlineData("Sink(string.Join(\",\", \"a\", secret));")]
    [InlineData("Sink(secret.ToUpperInvariant().Substring(1));")]
    [InlineData("Sink(new[] { \"a\", secret });")]
    [InlineData("Sink(new System.Collections.Generic.List<string> { \"a\", secret });")]
    [InlineData("Sink(new Holder { Value = secret });")]
    [InlineData("Sink(new { Name = secret });")]
    [InlineData("System.Func<string> f = () => secret; Sink(f());")]
    [InlineData("string Local() => secret; Sink(Local());")]
    [InlineData("Sink(Wrap(secret));")]
    [InlineData("Sink(Secret());")]
    [InlineData("Sink(await SecretAsync());")]
    [InlineData("foreach (var item in new[] { secret }) { Sink(item); }")]
    public void Follows_the_value_to_its_source(string body) => Assert.True(Traces(body), body);

    [Theory]
    [InlineData("var a = secret; a = \"x\"; Sink(a);")]
    [InlineData("var a = \"x\"; Sink(a); a = secret;")]
    [InlineData("var (a, b) = (\"x\", secret); Sink(a);")]
    [InlineData("Sink(flag ? \"x\" : other);")]
    [InlineData("Sink(Constant(secret));")]
    [InlineData("Sink(secret.Length);")]
    [InlineData("Sink(holder?.Value);")]
    [InlineData("System.Func<string> f = () => other; Sink(f());")]
    public void Stops_where_the_value_does_not_come_from_the_source(string body) => Assert.False(Traces(body), body);

    [Theory]
    [InlineData("private static readonly string Fixed = \"s3cr3t\";", true)]
    [InlineData("private static string Fixed { get; } = \"s3cr3t\";", true)]
    [InlineData("private static string Fixed => \"s3cr3t\";", true)]
    [InlineData("private string Fixed = \"s3cr3t\"; void Reset() => Fixed = System.Environment.UserName;", false)]
    public void Follows_fields_and_properties_to_what_their_type_writes(string member, bool expected) =>
        Assert.Equal(expected, Traces("Sink(Fixed);", member, new LiteralSource()));

    private static bool Traces(string body, string extraMembers = "", IValueSource<IOperation>? source = null)
    {
        var code = "class C\n{\n" + Members + "\n" + extraMembers + "\nasync System.Threading.Tasks.Task M(bool flag)\n{\n" + body + "\n}\n}\n" + Types;
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "FlowTest",
            [tree],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var model = compilation.GetSemanticModel(tree);
        var sink = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Last(call => call.Expression is IdentifierNameSyntax { Identifier.ValueText: "Sink" });
        var argument = (IInvocationOperation)model.GetOperation(sink)!;
        return ValueFlow<IOperation>.Find(source ?? new NamedSource(), argument.Arguments[0].Value, CarrierUse.Stringified) is not null;
    }

    /// <summary>A reference to a member, local or parameter named <c>secret</c>.</summary>
    private sealed class NamedSource : IValueSource<IOperation>
    {
        public bool FollowsMemberWrites => false;

        public IValueSource<IOperation> Summarized => this;

        public Traced<IOperation> Inspect(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow)
        {
            if (operation.ConstantValue.HasValue || operation.Type?.SpecialType == SpecialType.System_Int32)
            {
                return Traced<IOperation>.Clean;
            }

            var name = operation switch
            {
                IFieldReferenceOperation field => field.Field.Name,
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                _ => null,
            };
            return name == "secret" ? Traced<IOperation>.Found(operation) : Traced<IOperation>.Unknown;
        }

        public Traced<IOperation> Leaf(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow) => Traced<IOperation>.Unknown;

        public IOperation AtCall(IOperation found, IOperation call) => call;
    }

    /// <summary>The literal <c>"s3cr3t"</c>, followed through fields and properties their type writes.</summary>
    private sealed class LiteralSource : IValueSource<IOperation>
    {
        public bool FollowsMemberWrites => true;

        public IValueSource<IOperation> Summarized => this;

        public Traced<IOperation> Inspect(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow) =>
            operation.ConstantValue is { HasValue: true, Value: "s3cr3t" } ? Traced<IOperation>.Found(operation) : Traced<IOperation>.Unknown;

        public Traced<IOperation> Leaf(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow) => Traced<IOperation>.Unknown;

        public IOperation AtCall(IOperation found, IOperation call) => found;
    }
}
