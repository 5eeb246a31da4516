namespace AiRegAnalyzers.Crypto;

/// <summary>A value that lands where a secret is expected, and how the message names that place.</summary>
internal readonly struct SecurityDestination
{
    public SecurityDestination(IOperation value, string name)
    {
        Value = value;
        Name = name;
    }

    public IOperation Value { get; }

    public string Name { get; }
}

/// <summary>
/// The APIs that take a secret whatever the names around them (AIREG307): symmetric keys and IVs
/// (<c>SymmetricAlgorithm.Key/IV</c>, <c>CreateEncryptor(key, iv)</c>, <c>EncryptCbc(…, iv)</c>),
/// HMAC keys (<c>new HMACSHA256(key)</c>, <c>KeyedHashAlgorithm.Key</c>, <c>HMACSHA256.HashData(key, …)</c>),
/// AEAD keys and nonces (<c>AesGcm</c>, <c>AesCcm</c>, <c>ChaCha20Poly1305</c>), <c>SymmetricSecurityKey</c>,
/// PBKDF2 salts (<c>Rfc2898DeriveBytes</c>, <c>Rfc2898DeriveBytes.Pbkdf2</c>, <c>KeyDerivation.Pbkdf2</c>),
/// passwords and tokens given to ASP.NET Core Identity (<c>UserManager</c>, <c>IdentityUser.SecurityStamp</c>),
/// values stored in the session (<c>ISession.Set*</c>), and BouncyCastle key material. Resolved once per compilation.
/// </summary>
internal sealed class RandomnessSinks
{
    private readonly INamedTypeSymbol? _symmetric;
    private readonly INamedTypeSymbol? _keyedHash;
    private readonly INamedTypeSymbol? _hmac;
    private readonly INamedTypeSymbol? _rfc2898;
    private readonly INamedTypeSymbol? _keyDerivation;
    private readonly INamedTypeSymbol? _securityKey;
    private readonly INamedTypeSymbol? _userManager;
    private readonly INamedTypeSymbol? _identityUser;
    private readonly INamedTypeSymbol? _session;
    private readonly INamedTypeSymbol? _sessionExtensions;
    private readonly System.Collections.Immutable.ImmutableArray<INamedTypeSymbol> _aead;
    private readonly BouncyCastleTypes? _bouncyCastle;

    public RandomnessSinks(Compilation compilation, BouncyCastleTypes? bouncyCastle)
    {
        _symmetric = compilation.GetTypeByMetadataName("System.Security.Cryptography.SymmetricAlgorithm");
        _keyedHash = compilation.GetTypeByMetadataName("System.Security.Cryptography.KeyedHashAlgorithm");
        _hmac = compilation.GetTypeByMetadataName("System.Security.Cryptography.HMAC");
        _rfc2898 = compilation.GetTypeByMetadataName("System.Security.Cryptography.Rfc2898DeriveBytes");
        _keyDerivation = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation");
        _securityKey = compilation.GetTypeByMetadataName("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey");
        _userManager = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.UserManager`1");
        _identityUser = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.IdentityUser`1");
        _session = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.ISession");
        _sessionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.SessionExtensions");
        _aead = CryptoHelpers.Resolve(
            compilation,
            "System.Security.Cryptography.AesGcm",
            "System.Security.Cryptography.AesCcm",
            "System.Security.Cryptography.ChaCha20Poly1305");
        _bouncyCastle = bouncyCastle;
    }

    /// <summary><c>aes.Key = …</c>, <c>hmac.Key = …</c>, <c>user.SecurityStamp = …</c>.</summary>
    public string? AssignedProperty(IPropertyReferenceOperation target)
    {
        var property = target.Property;
        var type = property.ContainingType;
        var shown = (target.Instance?.Type ?? type).Name;
        return property.Name switch
        {
            "Key" or "IV" when CryptoHelpers.IsOrDerivesFrom(type, _symmetric) => shown + "." + property.Name,
            "Key" when CryptoHelpers.IsOrDerivesFrom(type, _keyedHash) => shown + ".Key",
            "SecurityStamp" when CryptoHelpers.IsOrDerivesFrom(type, _identityUser) => "IdentityUser.SecurityStamp",
            _ => null,
        };
    }

    /// <summary>The arguments of a call or creation that take a secret.</summary>
    public void Collect(IOperation site, List<SecurityDestination> destinations)
    {
        switch (site)
        {
            case IObjectCreationOperation { Type: INamedTypeSymbol type } creation:
                if (CryptoHelpers.IsAny(type, _aead) || CryptoHelpers.IsOrDerivesFrom(type, _hmac) || CryptoHelpers.IsOrDerivesFrom(type, _securityKey))
                {
                    Add(creation.Arguments, "key", type.Name + " key", destinations);
                }
                else if (CryptoHelpers.IsOrDerivesFrom(type, _rfc2898))
                {
                    Add(creation.Arguments, "salt", "Rfc2898DeriveBytes salt", destinations);
                }
                else if (_bouncyCastle?.KeyMaterialArgument(creation) is { Parameter: { } parameter } material)
                {
                    destinations.Add(new SecurityDestination(material.Value, type.Name + " " + parameter.Name));
                }

                break;
            case IInvocationOperation invocation:
                Collect(invocation, destinations);
                break;
        }
    }

    private void Collect(IInvocationOperation invocation, List<SecurityDestination> destinations)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return;
        }

        switch (method.Name)
        {
            case "CreateEncryptor" or "CreateDecryptor" when CryptoHelpers.IsOrDerivesFrom(type, _symmetric):
                Add(invocation.Arguments, "rgbKey", type.Name + " key", destinations);
                Add(invocation.Arguments, "rgbIV", type.Name + " IV", destinations);
                return;
            case "EncryptCbc" or "EncryptCfb" or "DecryptCbc" or "DecryptCfb" or "TryEncryptCbc" or "TryEncryptCfb" when CryptoHelpers.IsOrDerivesFrom(type, _symmetric):
                Add(invocation.Arguments, "iv", type.Name + " IV", destinations);
                return;
            case "Encrypt" when CryptoHelpers.IsAny(type, _aead):
                Add(invocation.Arguments, "nonce", type.Name + " nonce", destinations);
                return;
            case "HashData" or "TryHashData" or "HashDataAsync" when CryptoHelpers.IsOrDerivesFrom(type, _hmac):
                Add(invocation.Arguments, "key", type.Name + " key", destinations);
                return;
            case "Pbkdf2" when SymbolEqualityComparer.Default.Equals(type, _rfc2898) || SymbolEqualityComparer.Default.Equals(type, _keyDerivation):
                Add(invocation.Arguments, "salt", "PBKDF2 salt", destinations);
                return;
            case "CreateKeyParameter" when _bouncyCastle?.KeyMaterialArgument(invocation) is { } material:
                destinations.Add(new SecurityDestination(material.Value, "ParameterUtilities.CreateKeyParameter key"));
                return;
        }

        if (_userManager is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _userManager))
        {
            // CreateAsync(user, password), ResetPasswordAsync(user, token, newPassword), SetAuthenticationTokenAsync(…, tokenValue).
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter && IsPasswordOrToken(parameter.Name))
                {
                    destinations.Add(new SecurityDestination(argument.Value, "UserManager." + method.Name + " " + parameter.Name));
                }
            }

            return;
        }

        if (method.Name.StartsWith("Set", System.StringComparison.Ordinal)
            && (SymbolEqualityComparer.Default.Equals(type, _session) || SymbolEqualityComparer.Default.Equals(type, _sessionExtensions)))
        {
            // A value kept in the session beside the sign-in state: a verification code, a nonce, a captcha answer.
            Add(invocation.Arguments, "value", "ISession." + method.Name + " value", destinations);
        }
    }

    private static bool IsPasswordOrToken(string name)
    {
        foreach (var word in IdentifierWords.Split(name))
        {
            if (word is "password" or "token" or "code" or "stamp")
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameter, string name, List<SecurityDestination> destinations)
    {
        if (CryptoHelpers.FindArgument(arguments, parameter) is { ArgumentKind: not ArgumentKind.DefaultValue } argument)
        {
            destinations.Add(new SecurityDestination(argument.Value, name));
        }
    }
}
