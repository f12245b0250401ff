package ai.vobiz.domain.partner;

import ai.vobiz.error.RequestValidationException;
import ai.vobiz.internal.Redaction;
import ai.vobiz.internal.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/v1/partner/accounts}: a new customer (docs/api-digest.md §3.5). Checked when built: name,
 * email, password, phone and country are required; the password has at least 8 characters with a digit and a special
 * character; the country is an ISO 3166-1 alpha-2 code (the wallet currency follows from it: IN → INR). The other
 * fields are accepted "best effort" by the API. The password never appears in {@link #toString()}, logs or errors.
 *
 * @param name the customer's name
 * @param email unique across the whole platform; receives the login and KYC mail
 * @param password the customer's console password
 * @param phone E.164, with {@code +}
 * @param country ISO 3166-1 alpha-2, such as {@code IN}
 * @param company optional
 * @param description optional
 * @param address optional
 * @param city optional
 * @param state optional
 * @param zipCode optional
 * @param timezone optional, IANA, such as {@code Asia/Kolkata}
 * @param gstin optional
 * @param gstStatus optional, {@code active} or {@code inactive}
 * @param accountType optional, {@code standard} by default
 */
public record CreateCustomerRequest(
        String name,
        String email,
        String password,
        String phone,
        String country,
        @Nullable String company,
        @Nullable String description,
        @Nullable String address,
        @Nullable String city,
        @Nullable String state,
        @Nullable String zipCode,
        @Nullable String timezone,
        @Nullable String gstin,
        @Nullable String gstStatus,
        @Nullable String accountType) {

    public CreateCustomerRequest {
        Checks.required(name, "name");
        Checks.required(email, "email");
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new RequestValidationException("email", "must be an email address");
        }
        Checks.required(password, "password");
        if (password.length() < 8 || !password.matches(".*\\d.*") || !password.matches(".*[^A-Za-z0-9].*")) {
            // The message never repeats the password.
            throw new RequestValidationException(
                    "password", "must have at least 8 characters, with a digit and a special character");
        }
        Checks.required(phone, "phone");
        if (!phone.matches("\\+[1-9]\\d{6,14}")) {
            throw new RequestValidationException("phone", "must be an E.164 number such as +919876543210");
        }
        Checks.required(country, "country");
        if (!country.matches("[A-Z]{2}")) {
            throw new RequestValidationException("country", "must be an ISO 3166-1 alpha-2 code such as IN");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All components, the password shown as {@code <redacted>}. */
    @Override
    public String toString() {
        return Redaction.recordToString(this);
    }

    /** Builder of {@link CreateCustomerRequest}; {@link #build()} checks the documented rules. */
    public static final class Builder {
        private String name;
        private String email;
        private String password;
        private String phone;
        private String country;
        private String company;
        private String description;
        private String address;
        private String city;
        private String state;
        private String zipCode;
        private String timezone;
        private String gstin;
        private String gstStatus;
        private String accountType;

        private Builder() {}

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** The password; read it from a secret store or a prompt, never from a command line or a log. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder company(@Nullable String company) {
            this.company = company;
            return this;
        }

        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /** The postal address: street, city, state and ZIP code (each optional). */
        public Builder address(
                @Nullable String address, @Nullable String city, @Nullable String state, @Nullable String zipCode) {
            this.address = address;
            this.city = city;
            this.state = state;
            this.zipCode = zipCode;
            return this;
        }

        public Builder timezone(@Nullable String timezone) {
            this.timezone = timezone;
            return this;
        }

        /** The Indian GST registration and its status ({@code active} or {@code inactive}). */
        public Builder gst(@Nullable String gstin, @Nullable String gstStatus) {
            this.gstin = gstin;
            this.gstStatus = gstStatus;
            return this;
        }

        public Builder accountType(@Nullable String accountType) {
            this.accountType = accountType;
            return this;
        }

        public CreateCustomerRequest build() {
            return new CreateCustomerRequest(
                    name,
                    email,
                    password,
                    phone,
                    country,
                    company,
                    description,
                    address,
                    city,
                    state,
                    zipCode,
                    timezone,
                    gstin,
                    gstStatus,
                    accountType);
        }
    }
}
