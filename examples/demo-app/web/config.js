// Shop configuration. The AWS key id below is the example value from AWS's documentation, not a
// real credential; it is here to show what the scanner does with keys committed to code.
module.exports = {
  port: Number(process.env.PORT || 3000),
  database: { connectionString: process.env.DATABASE_URL },
  invoices: {
    bucket: 'demo-shop-invoices',
    region: 'eu-west-1',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  },
};
