using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Configuration.InvalidConfigurationAnalyzer>;

namespace AiRegAnalyzers.Tests.Configuration;

public class InvalidConfigurationAnalyzerTests
{
    private const string Source = "class C { }";

    [Fact]
    public Task Misspelled_key_is_reported_with_the_closest_option() => Verify.VerifyAsync(Source, """
        aireg.min_rsa_keysize = 3072
        """,
        Verify.Diagnostic("AIREG001").WithMessage("AiRegAnalyzers option 'aireg.min_rsa_keysize' is ignored: no rule reads this key; did you mean 'aireg.min_rsa_key_size'?"));

    [Fact]
    public Task Key_nothing_resembles_is_reported_without_a_suggestion() => Verify.VerifyAsync(Source, """
        aireg.frobnicate_everything = true
        """,
        Verify.Diagnostic("AIREG001").WithMessage("AiRegAnalyzers option 'aireg.frobnicate_everything' is ignored: no rule reads this key (see docs/configuration.md for the accepted keys)"));

    [Fact]
    public Task Values_an_option_does_not_accept_are_reported() => Verify.VerifyAsync(Source, """
        aireg.min_rsa_key_size = lots
        aireg.AIREG306.allow_pbkdf2_sha1 = yes
        aireg.crypto_profile = sm
        aireg.secret_min_entropy = high
        """,
        Verify.Diagnostic("AIREG001").WithMessage("AiRegAnalyzers option 'aireg.min_rsa_key_size' is ignored: the value 'lots' is not accepted; expected a whole number"),
        Verify.Diagnostic("AIREG001").WithMessage("AiRegAnalyzers option 'aireg.aireg306.allow_pbkdf2_sha1' is ignored: the value 'yes' is not accepted; expected true or false"),
        Verify.Diagnostic("AIREG001").WithMessage("AiRegAnalyzers option 'aireg.crypto_profile' is ignored: the value 'sm' is not accepted; expected international or gm"),
        Verify.Diagnostic("AIREG001").WithMessage("AiRegAnalyzers option 'aireg.secret_min_entropy' is ignored: the value 'high' is not accepted; expected a number, such as 3.5"));

    [Fact]
    public Task Rule_specific_key_for_an_unknown_rule_is_reported() => Verify.VerifyAsync(Source, """
        aireg.AIREG999.log_methods = MyCompany.Audit.Write
        """,
        Verify.Diagnostic("AIREG001").WithMessage("AiRegAnalyzers option 'aireg.aireg999.log_methods' is ignored: no rule reads this key; did you mean 'aireg.log_methods'?"));

    [Fact]
    public Task Known_keys_with_accepted_values_and_other_tools_keys_are_not_reported() => Verify.VerifyAsync(Source, """
        aireg.min_rsa_key_size = 3_072
        aireg.AIREG101.log_methods = MyCompany.Audit.Write
        aireg.personal_data_names = member_no, huiyuan_hao
        aireg.allow_pbkdf2_sha1 = False
        aireg.redaction_method = MyCompany.Privacy.Pii.Mask
        aireg.crypto_profile = GM
        aireg.treat_ids_as_personal_data = true
        aireg.AIREG502.secret_min_entropy = 3.25
        dotnet_diagnostic.AIREG101.severity = error
        dotnet_analyzer_diagnostic.category-AiRegPrivacy.severity = warning
        """);

    [Fact]
    public async Task Each_key_is_reported_once_however_many_files_share_it()
    {
        var test = new AnalyzerVerifier<AiRegAnalyzers.Configuration.InvalidConfigurationAnalyzer>.Test();
        test.Configure("aireg.min_rsa_keysize = 3072\n");
        test.TestState.Sources.Add(("/A.cs", "class A { }"));
        test.TestState.Sources.Add(("/B.cs", "class B { }"));
        test.TestState.Sources.Add(("/sub/C.cs", "class C { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/sub/.editorconfig", "[*.cs]\naireg.include_tests = true\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AIREG001").WithArguments("aireg.min_rsa_keysize", "no rule reads this key; did you mean 'aireg.min_rsa_key_size'?"));
        await test.RunAsync();
    }
}
