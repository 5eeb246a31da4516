using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.Sm2CiphertextOrderAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.Sm2CiphertextOrderAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.Sm2CiphertextOrderCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class Sm2CiphertextOrderAnalyzerTests
{
    [Fact]
    public async Task Flags_engines_created_without_a_mode()
    {
        const string source = """
            using Org.BouncyCastle.Crypto;
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Crypto.Engines;

            class C
            {
                SM2Engine A() => {|AIREG309:new SM2Engine()|};
                SM2Engine B() => {|AIREG309:new SM2Engine(new SM3Digest())|};
                SM2Engine D(IDigest digest) { SM2Engine e = {|AIREG309:new()|}; return e; }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Silent_when_the_mode_is_given_either_way()
    {
        const string source = """
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Crypto.Engines;

            class C
            {
                SM2Engine A() => new SM2Engine(SM2Engine.Mode.C1C3C2);
                SM2Engine B() => new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
                SM2Engine Legacy() => new SM2Engine(SM2Engine.Mode.C1C2C3); // a written decision, e.g. for an old peer
                SM2Engine Chosen(SM2Engine.Mode mode) => new SM2Engine(mode);
                SM4Engine NotSm2() => new SM4Engine();
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Silent_without_BouncyCastle_even_for_a_type_of_the_same_name()
    {
        const string source = """
            namespace Mine
            {
                class SM2Engine { }
                class C { object M() => new SM2Engine(); }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_passes_C1C3C2()
    {
        const string source = """
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Crypto.Engines;

            class C
            {
                SM2Engine A() => {|AIREG309:new SM2Engine()|};
                SM2Engine B() => {|AIREG309:new SM2Engine(new SM3Digest())|};
            }
            """;
        const string fixedSource = """
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Crypto.Engines;

            class C
            {
                SM2Engine A() => new SM2Engine(SM2Engine.Mode.C1C3C2);
                SM2Engine B() => new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
            }
            """;
        await VerifyFix.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_adds_the_using_directive_and_handles_target_typed_new()
    {
        const string source = """
            class C
            {
                Org.BouncyCastle.Crypto.Engines.SM2Engine A()
                {
                    Org.BouncyCastle.Crypto.Engines.SM2Engine engine = {|AIREG309:new()|};
                    return engine;
                }
            }
            """;
        const string fixedSource = """
            using Org.BouncyCastle.Crypto.Engines;

            class C
            {
                Org.BouncyCastle.Crypto.Engines.SM2Engine A()
                {
                    Org.BouncyCastle.Crypto.Engines.SM2Engine engine = new(SM2Engine.Mode.C1C3C2);
                    return engine;
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }
}
